"""Outsider corpus outsider_ch: money and online selling (payment apps, marketplaces, deliveries, gift cards).

Written from the rules (RULES.md, CONTRACT.md) alone, by someone who has not seen the service.
Every case is a hand-written report about students who sell or buy things online or are paid
through apps: Venmo, Cash App and Zelle handles and memos, Facebook Marketplace, OfferUp,
Instagram and Snapchat "shops", Telegram and Discord drops, Amazon Hub lockers and parcel
lockers, delivery drivers (DoorDash, Uber Eats, Instacart, Amazon Flex), gift cards used as
money, and payment screenshots kept as evidence.  The voices vary: deans' notes, SSS logs,
forwarded e-mails, nurse notes, transcribed screenshots, victim statements, discipline exports.

Decisions (about a third deny):
  * allow: pills, powders and capsules sold online (counterfeit oxycodone / fentanyl, Xanax,
    MDMA, psilocybin, ketamine, LSD, cocaine, codeine "lean", non-prescribed Adderall), knives,
    guns, stun guns, brass knuckles, pepper spray, batons and box cutters bought or resold
    online, robberies of delivery drivers and Marketplace sellers with serious injury, and
    threats written into payment memos (with a written threat statement);
  * deny: ground not permitted (gift-card fraud, locker theft, counterfeit sneakers, "gang
    activity", harassment, truancy, a fight over a debt, vandalism), excluded substances
    (nicotine disposables, THC carts, delta-8 gummies, nips of liquor, weed, a vape of unknown
    content), recipients that are not BPD (BRIC, ICE, HSI, the fusion center, MBTA police,
    private security), credible_threat with no threat statement, airsoft / gel blaster / BB /
    prop guns (reason "other": they need a named approver's determination), and reports
    carrying face-recognition matches of a seller's profile picture.

Forbidden facts are slipped in the way staff actually write them: a family "doubled up in Old
Colony", an uncle who talks "through the district's Portuguese interpreter", a "DCF placement
off Morton St", a Kingdom Hall elder, Eid money, a brother's DACA renewal, a shipping label with
a home address and zip code, an Instagram bio naming a development, WIDA levels, SIS fields.

Precision traps (facts that look like a forbidden category but must survive in the police copy):
Visa / Apple / Steam gift cards, "Jordan 4" sneakers, a Canada Goose jacket, a Swiss Army knife,
Damascus steel, Temple University hoodie, AP Spanish, Latin III, English 10, the Spanish Club,
the National Honor Society bake sale, a dance crew, a step team, the robotics team, the stage
crew, Bunker Hill / Roxbury Community College, Catholic Memorial, Chinatown Gate, Copley,
Jackson Square, Forest Hills, Franklin Park, Nubian Square, Tropical Foods, Morrissey Blvd and
other streets that locate the incident rather than a home, "blood on his sleeve", a red crown
stamp, "Special K cereal", "snow day" memos, an Alienware laptop, K-pop photocards, Chinese
takeout, a "black ski mask" next to a race description that must go.
"""
import datetime
import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_ch.jsonl"

SCHOOLS = {
    "BLA": ("Boston Latin Academy", "BPS-4112"),
    "MP": ("Madison Park Technical Vocational High School", "BPS-4205"),
    "EB": ("East Boston High School", "BPS-4233"),
    "JEB": ("Jeremiah E. Burke High School", "BPS-4318"),
    "EHS": ("English High School", "BPS-4142"),
    "EXCEL": ("Excel High School", "BPS-4361"),
    "BHS": ("Brighton High School", "BPS-4174"),
    "TBA": ("TechBoston Academy", "BPS-4420"),
    "MH": ("Mission Hill K-8", "BPS-4451"),
    "OBR": ("John D. O'Bryant School of Mathematics & Science", "BPS-4128"),
    "CHS": ("Charlestown High School", "BPS-4190"),
    "SNOW": ("Snowden International School", "BPS-4263"),
    "DEAR": ("Dearborn STEM Academy", "BPS-4470"),
    "BAA": ("Boston Arts Academy", "BPS-4610"),
    "FEN": ("Fenway High School", "BPS-4630"),
    "NM": ("New Mission High School", "BPS-4655"),
    "MUN": ("Margarita Muñiz Academy", "BPS-4681"),
    "EMK": ("Edward M. Kennedy Academy for Health Careers", "BPS-4690"),
    "BCLA": ("Boston Community Leadership Academy", "BPS-4586"),
    "JQUS": ("Josiah Quincy Upper School", "BPS-4702"),
    "HEND": ("Henderson K-12 Inclusion School", "BPS-4715"),
    "CASH": ("Community Academy of Science and Health", "BPS-4733"),
    "BINCA": ("Boston International Newcomers Academy", "BPS-4744"),
}

ALLOW_TAG = {"drugs": "allow_drugs", "weapon": "allow_weapon",
             "serious_violence": "allow_violence", "credible_threat": "allow_threat"}
DENY_TAG = {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
            "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
            "face_surveillance": "deny_face", "other": "deny_replica"}

CASES = []


def _nth_sunday(year, month, n):
    d = datetime.date(year, month, 1)
    d += datetime.timedelta(days=(6 - d.weekday()) % 7)
    return d + datetime.timedelta(weeks=n - 1)


def ts(local):
    """'2026-03-03 11:40' (Boston wall clock) -> ISO 8601 with the right EST/EDT offset."""
    dt = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M")
    start = datetime.datetime.combine(_nth_sunday(dt.year, 3, 2), datetime.time(2))
    end = datetime.datetime.combine(_nth_sunday(dt.year, 11, 1), datetime.time(2))
    return dt.strftime("%Y-%m-%dT%H:%M:00") + ("-04:00" if start <= dt < end else "-05:00")


def P(text):
    """Prose: lines joined by spaces, blank lines become paragraph breaks."""
    paras, cur = [], []
    for line in text.strip().splitlines():
        line = line.strip()
        if line:
            cur.append(line)
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return "\n".join(paras)


def F(text):
    """Form or log: keep the line breaks, drop the indentation."""
    return "\n".join(line.strip() for line in text.strip().splitlines())


def stu(name, grade, dob, sid, **extra):
    d = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade}
    d.update(extra)
    return d


def _fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def add(school, ground, when, location, desc, student, decision, *, recipient="bpd", weapon=None,
        substances=None, threat=None, attachments=None, reason=None, mnc=(), key=None, mct=(),
        cats=(), trap=False):
    cid = "OCH-%04d" % (len(CASES) + 1)
    sname, sid = SCHOOLS[school]
    req = {"request_id": cid, "school_id": sid, "recipient": recipient}
    if ground is not None:
        req["ground"] = ground
    if substances:
        req["substances"] = list(substances)
    if weapon:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": ts(when), "location": location, "description": desc}
    s = dict(student)
    s["school"] = sname
    req["student"] = s
    if attachments:
        req["attachments"] = [{"kind": k, "name": n} for k, n in attachments]
    tags = ["outsider_ch"]
    if decision == "allow":
        assert reason is None and key and mct, cid
        tags.append(ALLOW_TAG[ground])
        must_contain = [s["name"], sname, key]
        must_contain_text = list(mct)
    else:
        assert reason in DENY_TAG and not mct, cid
        tags.append(DENY_TAG[reason])
        must_contain, must_contain_text = [], []
    if trap:
        tags.append("trap")
    if decision == "allow" and not cats:
        tags.append("clean")
    # self-checks: labels must be consistent with the text
    whole = _fold(json.dumps(req, ensure_ascii=False))
    fdesc = _fold(desc)
    for m in must_contain_text + ([key] if key else []):
        assert _fold(m) in fdesc, (cid, m)
    for bad in mnc:
        fb = _fold(bad)
        assert fb in whole, (cid, bad)
        assert fb not in _fold(location), (cid, bad, "in location")
        for good in must_contain + must_contain_text:
            assert fb not in _fold(good), (cid, bad, good)
    assert bool(cats) == bool(mnc), cid
    expect = {"decision": decision}
    if reason:
        expect["reason"] = reason
    expect.update({"must_not_contain": list(mnc), "must_contain": must_contain,
                   "must_contain_text": must_contain_text, "categories": sorted(set(cats)),
                   "tags": tags})
    CASES.append({"id": cid, "request": req, "expect": expect})


# --------------------------------------------------------------------------- cases 1-25

# 1
add("EXCEL", "drugs", "2026-03-03 11:40", "Excel High School, main office (pickup spot: bench outside the gym)",
    P("""
    Tues 3/3, approx. 11:40 a.m. A junior (witness W-1, name on file) came to my office and showed me
    Darnell's Snapchat story from the night before. It was a "menu": "blues 30s $20 / 3 for $50 /
    CashApp only no venmo / pickup @ school." W-1 said he had already sent Darnell $20 on Cash App with
    the memo "pizza" and was told to grab it at the bench outside the gym during 4th lunch.

    SSS Mahoney and I (AP Rourke) searched Darnell's backpack in the office. Inside a Takis bag we
    found a sandwich bag with 11 round blue pills stamped M 30. Nurse Kiely says these look like
    counterfeit oxycodone, which around here are usually pressed with fentanyl, so we did not handle
    them further. Darnell said "they're just percs, I don't sell nothing crazy" and that he buys
    "100 at a time" from someone he would not name.

    His mother came in at 1:15. She said the family has been doubled up with relatives in Old Colony
    since the fire in January and she had no idea. Pills sealed in evidence bag E-0311 in the main
    office safe. Screenshot of the story and of W-1's Cash App payment attached.
    """),
    stu("Darnell Hughes", 11, "2008-10-02", "418733", address="Old Colony, Bldg 14, Apt 3"),
    "allow", recipient="bpd/district-c6",
    substances=["counterfeit oxycodone pills (suspected fentanyl)"],
    attachments=[("screenshot", "snap_story_menu_0302.png"), ("screenshot", "w1_cashapp_payment.png")],
    mnc=["Old Colony"], key="oxycodone",
    mct=["11 round blue pills", "stamped M 30", "bench outside the gym"], cats=["neighborhood"])

# 2
add("BHS", "weapon", "2025-10-16 09:25", "Brighton High School, Room 214",
    F("""
    DEAN'S INCIDENT NOTE - Brighton High
    Time: 9:25 a.m., period 2, Room 214 (AP Spanish, Sra. Whitfield)
    Observed: teacher saw Mateus flipping a butterfly knife open and shut under his desk during the vocab quiz. She asked for it and he handed it over without a problem.
    Item: balisong style butterfly knife, black and silver, approx. 4 in. blade, edge sharpened. In his backpack: the box it came in with a "$35" sticker, and two more knives still in the plastic.
    Student statement: he orders them from AliExpress and resells them to kids here and at other schools through his Instagram (@flip.n.flow), Zelle only, "$45 for the plain, $60 for the gold one." The IG page has at least 9 knife posts captioned SOLD.
    Family: uncle picked him up at 11. The conversation went through the district's Portuguese interpreter. Uncle said Mateus sends most of what he makes to his grandmother back in Minas Gerais, and got emotional.
    Action: knives secured in dean's office; suspension hearing scheduled.
    """),
    stu("Mateus Ferreira", 10, "2010-02-11", "506218"),
    "allow", recipient="bpd/district-d14", weapon="knife",
    mnc=["Portuguese", "Minas Gerais"], key="butterfly knife",
    mct=["AP Spanish", "balisong", "@flip.n.flow"], cats=["language", "national_origin"], trap=True)

# 3
add("TBA", "drugs", "2026-01-21 13:05", "TechBoston Academy, 9th grade gym lockers",
    P("""
    Forwarded from Ms. Okafor (8th grade team lead) to Mr. Dunleavy, then to the AP:

    "Hi - three of my kids told me today that a 9th grader, Tyrese, is selling Geek Bars and Elf Bars
    out of his gym locker, $25 each or two for $40, Cash App to $tyreseflips. One of my girls showed me
    the payment in her history (memo: "mango ice"). I went with Mr. D to the locker after 6th period;
    there were 14 sealed disposables in a Foot Locker bag. Tyrese said they come from a smoke shop
    that doesn't card. His dad came in and was mostly upset that we "called the Cape Verdean family
    first" - he thinks we single them out. Can you take it from here?"
    """),
    stu("Tyrese Lopes", 9, "2010-12-04", "533940"),
    "deny", recipient="bpd/district-c11", substances=["nicotine disposable vapes (Geek Bar, Elf Bar)"],
    reason="excluded_substance", mnc=["Cape Verdean"], cats=["ethnicity"])

# 4
add("JEB", "credible_threat", "2026-02-10 21:52", "Online (Cash App payment requests); victim attends the school",
    F("""
    From: Asst. Headmaster R. Castillo
    Sent: Wed 2/11/2026 7:12 AM
    Subject: Cash App threats - 10th grade

    K.O. (10th grade) bought a pair of Jordan 4 "Bred" sneakers off Jalen Pierce in December and still owes him $60. Last night at 9:52 pm she got a $1.00 Cash App request from $JPierceSoles with this memo: "pay me by friday or i swear im bringing the strap to burke and u wont make it to 3rd period". At 10:05 pm a second $1 request: "dont test me i know where u get off the 22". Her mother sent me screenshots of both at 6:40 this morning. K.O. is scared to ride the bus.

    Jalen told Dean Fofana this morning it was "a joke" but then said "she knows what it is." He was suspended in 2024 for bringing a folding knife. His DCF worker says his placement is a foster home in Mattapan off Morton St and she will check the room tonight.
    """),
    stu("Jalen Pierce", 10, "2009-11-20", "527104", placement="DCF foster home, Morton St, Mattapan"),
    "allow", recipient="bpd/district-b2",
    threat=("Student sent a classmate two Cash App payment requests whose memos say he is bringing a gun "
            "('the strap') to the Burke and that she 'wont make it to 3rd period', and that he knows where "
            "she gets off her bus. He has a prior weapon suspension and did not retract it. We consider this "
            "an articulable and significant threat to her safety at school."),
    attachments=[("screenshot", "cashapp_request_2152.png"), ("screenshot", "cashapp_request_2205.png")],
    mnc=["Mattapan", "Morton St"], key="Cash App",
    mct=["Jordan 4", "bringing the strap to burke", "$1.00 Cash App request"], cats=["neighborhood"], trap=True)

# 5
add("CHS", "fraud", "2026-01-06 10:00", "Charlestown High School / online",
    P("""
    Summary for file (AP Doherty). Over winter break Kenji and two friends from outside school bought
    $500 Visa gift cards at a CVS with card numbers they got from a Telegram group ("cc drops"), then
    resold the gift cards to classmates at 80% of face value for Cash App. A parent reported it after
    her son's Cash App account was frozen for "suspicious activity." No weapons, no drugs, no threats
    to anyone. Kenji says he did it because his mom is undocumented and lost her cleaning job in
    November. We are asking for a police referral on the card fraud.
    """),
    stu("Kenji Morales", 11, "2009-03-17", "481102"),
    "deny", recipient="bpd/district-a15", reason="ground_not_permitted", mnc=["undocumented"],
    cats=["immigration_status"])

# 6
add("MP", "weapon", "2025-11-05 08:20", "Madison Park Technical Vocational High School, Malcolm X Blvd entrance",
    P("""
    Tip line call 11/4 at 10:30 pm from a parent: her son had been shown an Instagram Close Friends
    story posted by Andre Baptiste, a 10th grader in our carpentry shop, of a black handgun on a bed
    with the caption "who tryna buy 6 for the 9 CashApp or Zelle no lowballs."

    At morning entry on 11/5 (8:20 a.m., Malcolm X Blvd door) SSS Reyes and SSS Whitlock pulled Andre
    aside for a bag check with the AP present. In the front pocket of his backpack: a black Taurus
    G2C 9mm, loaded, 11 rounds in the magazine, none chambered. SSS Reyes secured the weapon and BPD
    District B-2 was called at 8:24; officers took custody at 8:41. Andre said he was "holding it for
    somebody" and that he "wasn't going to sell it at school." Two screenshots of the story attached.

    Note from last year's file, unconfirmed by anyone here: Andre was "believed to be running with the
    Wendover Street boys."
    """),
    stu("Andre Baptiste", 10, "2009-12-29", "540117"),
    "allow", recipient="bpd/district-b2", weapon="firearm",
    attachments=[("screenshot", "ig_story_1.jpg"), ("screenshot", "ig_story_2.jpg")],
    mnc=["Wendover"], key="9mm",
    mct=["Taurus G2C 9mm", "6 for the 9", "Malcolm X Blvd door"], cats=["gang_affiliation"], trap=True)

# 7
add("EHS", "weapon", "2026-01-14 10:50", "English High School, 2nd floor hallway",
    P("""
    Dean's report. On 1/14 during a hallway sweep SSS recovered a fixed-blade hunting knife (approx.
    5 inch blade, leather sheath) from Jaylin's jacket. Jaylin has been advertising knives on Snapchat
    ("blades 4 sale dm me, cashapp"). We are sending this to BRIC so they can run the Cash App payments
    against their list: we believe his buyers are tied to the H-Street set, and Jaylin has been
    photographed with older members out of Academy Homes.
    """),
    stu("Jaylin Brooks", 10, "2010-05-08", "512660"),
    "deny", recipient="bric", weapon="knife", reason="recipient_not_permitted",
    mnc=["H-Street", "Academy Homes"], cats=["gang_affiliation", "neighborhood"])

# 8
add("BLA", "drugs", "2026-04-28 10:10", "Boston Latin Academy, Room 306",
    F("""
    Nurse's note + AP follow-up, 4/28

    10:10 - C.R. (9th) found asleep and could not be roused in Latin III, Room 306. Nurse responded; pulse and breathing OK, pupils small, slurred speech once awake. EMS transported to Boston Children's as a precaution. C.R. said she took "two bars" she bought from Owen Marsh.

    12:30 - Owen admitted to AP Greeley that he ordered "50 bars" of Xanax on a Telegram channel, paid with two $100 Apple gift cards, and had them shipped to the Amazon Hub Locker inside the CVS on Washington St. He sold them for $5 each; buyers Venmo'd him with a chocolate-bar emoji in the memo. His Venmo has 31 such payments since March. Remaining pills (17, white, rectangular, scored, "XANAX 2") recovered from his pencil case.

    Father told the AP the family is Orthodox and Owen's phone is supposed to be off on Shabbat, but that is when most of the Venmo payments came in.
    """),
    stu("Owen Marsh", 9, "2011-01-30", "560381"),
    "allow", recipient="bpd/district-b2", substances=["alprazolam (Xanax) bars"],
    mnc=["Orthodox", "Shabbat"], key="Xanax",
    mct=["Latin III", "Apple gift cards", "Amazon Hub Locker"], cats=["religion"], trap=True)

# 9
add("CHS", "serious_violence", "2025-09-18 15:05", "Community College MBTA station (Orange Line), Charlestown",
    P("""
    Victim statement (10th grader), typed by Dean Sheehan on 9/19:

    "I put my PS5 on Facebook Marketplace for $350. A guy named 'Tre Sells' messaged me and said meet at
    the Community College T stop, the side by Bunker Hill Community College, at 3. When I got there it
    was Marcus from our school and another kid I didn't know. Marcus said let me see it, I said let me
    see the money, and he grabbed the box. When I pulled it back he had a little kitchen knife and he
    cut my hand. They ran toward the bridge with the PS5. My mom took me to MGH and I got 7 stitches in
    my palm."

    Dean's note: the Marketplace profile "Tre Sells" uses the same photo Marcus uses on his public
    Instagram. Marcus denies being there. His mother came in with a cousin, told me they came from the
    Dominican Republic two years ago, and asked whether this would hurt the family's green card
    application.
    """),
    stu("Marcus Lima", 11, "2009-01-22", "472955"),
    "allow", recipient="bpd/district-a15", weapon="knife",
    mnc=["Dominican", "green card"], key="kitchen knife",
    mct=["Bunker Hill Community College", "7 stitches", "PS5"], cats=["national_origin", "immigration_status"],
    trap=True)

# 10
add("EB", "weapon", "2026-02-26 14:20", "East Boston High School, White St bus line",
    P("""
    At dismissal on 2/26 a teacher saw Luis show two boys something in his waistband by the White St
    buses. SSS recovered it: a black airsoft Glock 17 replica (Elite Force), orange tip painted over
    with black marker, a CO2 cartridge in the grip, no BBs loaded. Luis said he bought it for $80 off
    Facebook Marketplace from a man in Revere and was going to flip it for $120 on Snapchat. He lives
    with his aunt on Bennington St; she has been informed and picked him up.
    """),
    stu("Luis Carrasquillo", 9, "2011-04-14", "587213"),
    "deny", recipient="bpd/district-a7", weapon="airsoft pistol (replica Glock 17)", reason="other",
    mnc=["Bennington"], cats=["neighborhood"])

# 11
add("OBR", "drugs", "2025-12-04 14:15", "John D. O'Bryant School, Room 221",
    F("""
    - 12/4, 2:15 pm: chemistry teacher Mr. Adeyemi intercepted a capsule being passed in AP Chemistry (Room 221). The student receiving it said she paid Khoa $15 on Venmo.
    - Venmo (screenshots attached): at least 19 incoming payments to @khoa-t-2009 since Nov 1, memos like "chemistry tutoring", "tutoring session 2", and test-tube emojis.
    - Search of Khoa's backpack (AP Lindqvist + SSS Barros): pill bottle with 23 clear capsules of tan crystalline powder. Khoa said it's "molly, pure, I test it." A box of fentanyl test strips was in the same pocket.
    - Khoa says he buys from "a guy on Telegram" and picks up at a parcel locker.
    - Parent meeting 12/5 with a Vietnamese interpreter. Parents were shocked and asked for the school counselor.
    """),
    stu("Khoa Tran", 11, "2009-05-19", "499027"),
    "allow", recipient="bpd/district-b2", substances=["MDMA (molly)"],
    attachments=[("screenshot", "venmo_feed_khoa.png")],
    mnc=["Vietnamese"], key="molly",
    mct=["chemistry tutoring", "23 clear capsules", "AP Chemistry"], cats=["language"], trap=True)

# 12
add("DEAR", "weapon", "2025-10-30 09:40", "Dearborn STEM Academy, advisory room 2-14 and main office",
    P("""
    Statement from Ms. Brennan (7th/8th grade counselor), 10/30/2025:

    During advisory a classmate told me Sagal had a "taser" and was selling more of them. I asked Sagal
    to come with me to the office and she handed over a pink stun gun shaped like a lipstick tube (the
    label says Guard Dog), which crackled when the AP tested the button. She said she bought three on
    TikTok Shop in a Black Friday early deal and sold two to girls in 8th grade for $30 each on Cash
    App. She said she got it because boys on the 28 bus keep pulling on her hijab and she wanted to feel
    safe. We are following up on the bus incidents separately. The other two devices were recovered
    from the buyers' lockers by the end of the day.
    """),
    stu("Sagal Abdi", 8, "2012-01-09", "611450"),
    "allow", recipient="bpd/district-b2", weapon="stun gun",
    mnc=["hijab"], key="stun gun",
    mct=["Black Friday", "lipstick tube", "TikTok Shop"], cats=["religion"], trap=True)

# 13
add("BCLA", "drugs", "2025-11-13 12:50", "Boston Community Leadership Academy, cafeteria",
    F("""
    DISCIPLINE LOG EXPORT
    Date: 2025-11-13   Time: 12:50   Location: cafeteria
    Type: Distribution of controlled substance
    Narrative: Student observed handing a small box to another student in exchange for showing a phone screen (Cash App). Box held a 1g THC cartridge ("Cookies" packaging, likely counterfeit). Student had 6 more in his hoodie pocket. Student states he sells "carts" for $30 through his Snapchat. Per SSS Navarro, student "is known to hang with the Fairmount boys" and has a tattoo consistent with that group.
    Action: 5-day suspension; parent contacted.
    """),
    stu("Rayshawn Odom", 11, "2008-11-26", "463308"),
    "deny", recipient="bpd/district-e18", substances=["THC vape cartridges"], reason="excluded_substance",
    mnc=["Fairmount boys"], cats=["gang_affiliation"])

# 14
add("SNOW", "drugs", "2026-05-12 11:00", "Snowden International School, 3rd floor boys' bathroom",
    P("""
    On 5/12 during a bathroom check on the 3rd floor, SSS Ortiz found Bryan with two other students.
    Bryan dropped a small zip pouch. Inside were three THC vape cartridges and 8 small glassine bags of
    tan powder, each stamped with a red crown. Bryan said the bags were "fetty" and that he sells them
    for $10, Zelle or Apple Cash, mostly "to older people at the Copley stop, not kids." The nurse
    followed the Narcan protocol guidance and nobody was exposed. District D-4 officers ran a field
    test on scene: presumptive positive for fentanyl.

    Bryan came from Honduras with his older sister last spring and is in our newcomer program; his
    sister is his guardian.
    """),
    stu("Bryan Mejia", 10, "2009-10-03", "598724", program="newcomer program, year 1"),
    "allow", recipient="bpd/district-d4", substances=["fentanyl", "THC vape cartridges"],
    mnc=["Honduras", "newcomer program"], key="fentanyl",
    mct=["red crown", "Copley stop", "3rd floor"], cats=["national_origin"], trap=True)

# 15
add("NM", "weapon", "2026-01-08 15:10", "New Mission High School, dance studio",
    P("""
    Written by Coach Dorsainvil, adviser to the dance crew.

    Before practice on Thursday (1/8) I walked into the dance studio and saw Jean-Pierre showing the
    crew a set of brass knuckles with a gold finish and the word SAVAGE cut out of the metal. He said he
    sells them through his Instagram store and had four more in a Nike shoebox in his bag, with a
    printed list of who had paid him on Cash App ($35 each) and who still owed. I took the box to the
    main office.

    Jean-Pierre is a leader on the crew and has never been in trouble with me. He says the knuckles
    are "for show" and nobody has used them. I called his mom; we spoke in Haitian Creole because she is
    more comfortable that way. She was upset and is coming in Monday.
    """),
    stu("Jean-Pierre Lafontant", 11, "2009-07-15", "476681"),
    "allow", recipient="bpd/district-e18", weapon="brass knuckles",
    mnc=["Haitian"], key="brass knuckles",
    mct=["dance crew", "SAVAGE", "Nike shoebox"], cats=["language"], trap=True)

# 16
add("BHS", "credible_threat", "2026-03-16 20:30", "Online (Venmo)",
    P("""
    A 10th grader received a Venmo payment of $0.01 from Derek with the memo "ur done when i see u,
    bring ur brother too." This followed a dispute over a Nintendo Switch Derek sold him on OfferUp
    that "didn't turn on." Derek lives with his dad on Pratt St in Allston; dad has been called.
    Screenshot attached.
    """),
    stu("Derek Fennelly", 10, "2010-03-02", "519954"),
    "deny", recipient="bpd/district-d14", reason="missing_threat_statement",
    attachments=[("screenshot", "venmo_penny_memo.png")],
    mnc=["Pratt St", "Allston"], cats=["neighborhood"])

# 17
add("EMK", "serious_violence", "2026-03-20 19:40", "Apartment building vestibule, Huntington Ave",
    P("""
    Report compiled by Ms. Carvalho, Director of Student Support, from the BPD incident number the
    victim gave us and from the students' own accounts.

    On Friday 3/20 around 7:40 p.m. an Instacart shopper (adult, not a student) was delivering groceries
    to a building on Huntington Ave. He told police three teenagers approached him in the vestibule and
    one demanded his phone "and Cash App it all to me now." When he refused, Isaiah, a junior here,
    punched him repeatedly and then hit him with a metal U-lock. The shopper has a fractured cheekbone
    and a broken orbital bone and was admitted to Beth Israel. A video the other boys posted to a
    Snapchat group shows Isaiah swinging the lock. Isaiah's Cash App shows a $400 transfer from the
    shopper's account at 7:44 p.m.

    Isaiah's mother says the family has been waiting three years on their asylum case and begged us
    not to "put anything on paper."
    """),
    stu("Isaiah Grant", 11, "2008-12-14", "455710"),
    "allow", recipient="bpd/district-d4", weapon="club (metal U-lock)",
    mnc=["asylum"], key="U-lock",
    mct=["orbital bone", "Huntington Ave", "$400 transfer"], cats=["immigration_status"], trap=True)

# 18
add("TBA", "weapon", "2026-02-02 09:00", "Online (Instagram); TechBoston Academy",
    P("""
    An Instagram account "blade.plug617" has been posting folding knives for sale with "pickup near
    TBA" in the captions. Our safety specialist ran the account's profile picture through PimEyes and it
    came back as an 87% match to Kevin's yearbook photo (report attached). Kevin lives in Codman
    Square. We would like BPD to confirm the identification and look at the account.
    """),
    stu("Kevin Alcindor", 10, "2009-09-25", "547719"),
    "deny", recipient="bpd/district-c11", weapon="knife", reason="face_surveillance",
    attachments=[("face_match", "pimeyes_match_report.pdf"), ("screenshot", "blade_plug617_grid.png")],
    mnc=["Codman Square", "87% match"], cats=["neighborhood", "face_surveillance"])

# 19
add("BCLA", "drugs", "2025-10-09 09:50", "Boston Community Leadership Academy, 2nd floor boys' room",
    P("""
    Incident narrative - AP Hennessey

    On 10/9 at about 9:50 a.m. Ms. Lowe noticed Terrell's water bottle was purple and that he was
    nodding off in English 10. In the 2nd floor boys' room SSS Burke found two 20 oz Sprite bottles in
    his backpack with a thick purple liquid inside, a bag of Jolly Ranchers, and an empty pharmacy
    bottle of promethazine with codeine with the label torn off. Terrell told us he mixes "lean" and
    sells it for $40 a bottle on Snapchat, Cash App to $TRdrank. He said he gets the syrup from "a lady"
    and the label was "somebody's auntie." The nurse evaluated him and he went home with his
    grandmother. The DoorDash bag he carries the bottles in is still in the office.
    """),
    stu("Terrell Whitaker", 10, "2010-01-27", "524486", home_address="18 Woodhaven St", home_zip="02126"),
    "allow", recipient="bpd/district-e18", substances=["promethazine-codeine syrup (lean)"],
    mnc=["Woodhaven", "02126"], key="codeine",
    mct=["Sprite bottles", "Jolly Ranchers", "English 10"], cats=["neighborhood"], trap=True)

# 20
add("CASH", "weapon", "2026-02-03 08:05", "Community Academy of Science and Health, front entrance",
    P("""
    Per SSS log 2/3/2026, 8:05 a.m.: during morning entry the scanner alarmed on Yasmin's coat. She
    took out a yellow retractable box cutter (Stanley, blade extends about an inch) and a refill pack of
    blades. She said she works weekend shifts packing at the Amazon warehouse in Stoughton and forgot it
    was in her pocket.

    Later that day a 10th grader reported that Yasmin had offered to sell her "a cutter for protection"
    for $10 on Cash App and showed the message. Yasmin then said she "sold a couple" because girls from
    the Mildred C. Hailey keep starting with her on the way home. Her mother was called.
    """),
    stu("Yasmin Okoro", 10, "2010-06-21", "531207"),
    "allow", recipient="bpd/district-e18", weapon="box cutter",
    mnc=["Mildred C. Hailey"], key="box cutter",
    mct=["Amazon warehouse in Stoughton", "Stanley", "morning entry"], cats=["neighborhood"], trap=True)

# 21
add("FEN", "theft", "2026-01-27 16:00", "Amazon Hub lockers, Stop & Shop near the school",
    P("""
    The Amazon Hub lockers at the Stop & Shop near the school were pried open three times in January.
    Store security identified two of our students on video using a pry bar; one of them, Adrian, was
    later listing AirPods and a Switch on Facebook Marketplace. His grandmother, who speaks only
    Spanish, told us that in Puerto Rico they would handle this at home. We would like police to follow
    up on the thefts.
    """),
    stu("Adrian Velez", 11, "2009-02-08", "488130"),
    "deny", recipient="bpd/district-b2", reason="ground_not_permitted",
    mnc=["Spanish", "Puerto Rico"], cats=["language", "national_origin"])

# 22
add("FEN", "credible_threat", "2026-04-06 23:14", "Online (Instagram); threat aimed at Fenway High School dismissal",
    F("""
    Transcribed from screenshots a parent brought in on 4/7/2026 (originals attached):

    Post on Instagram account @yungtez.shop, 4/6 11:14 pm: photo of a silver revolver lying on a Temple University hoodie. Caption: "new drop only for the ones who know. and to the snitch who told on my resell page - tmrw at fenway after 6th u gonna see me. no more fists."
    Comment from the same account, 11:20 pm: "im not playing this time. last bell. fenway."

    The "snitch" is believed to be a 10th grader who reported Tomas's sneaker resale page to a teacher last week after a Cash App dispute. Tomas's older brother told the dean Tomas "can get" a gun at a friend's. An elder from the family's Kingdom Hall called the school asking that we let the congregation handle it.
    """),
    stu("Tomas Arroyo", 11, "2009-06-30", "470915"),
    "allow", recipient="bpd/district-b2",
    threat=("Student posted a photo of a revolver with a caption aimed at the classmate who reported him: "
            "'tmrw at fenway after 6th u gonna see me. no more fists.' His brother says he can get a gun. "
            "The post names a target, a place and a time."),
    attachments=[("screenshot", "yungtez_shop_post.png"), ("screenshot", "yungtez_shop_comment.png")],
    mnc=["Kingdom Hall", "congregation"], key="revolver",
    mct=["silver revolver", "Temple University hoodie", "after 6th"], cats=["religion"], trap=True)

# 23
add("BAA", "drugs", "2025-11-20 13:30", "Boston Arts Academy, lobby bake sale table",
    P("""
    Ms. Pelletier (visual arts) emailed at 11:52: "A student told me Noor has been selling shroom bars
    and using the National Honor Society bake sale table as cover - people pay her on the bake sale
    Venmo with the memo 'brownie' and she hands over a square wrapped in foil from a separate bag. I
    checked the bake sale Venmo and there are 27 'brownie' payments of $25 today alone, which is not
    what our brownies cost."

    AP Rosen met with Noor at 1:30. In her tote bag were 4 chocolate bars in Polkadot packaging, 6
    squares each, and a sheet of printed labels. Noor said they are psilocybin and that she buys them
    from a Telegram account. The bake sale was shut down and the adviser froze the Venmo account.
    """),
    stu("Noor Haddad-Kelly", 12, "2008-04-03", "442871"),
    "allow", recipient="bpd/district-d4", substances=["psilocybin mushroom chocolate"],
    key="psilocybin", mct=["National Honor Society", "bake sale Venmo", "Polkadot"], trap=True)

# 24
add("JQUS", "drugs", "2025-12-17 12:25", "Josiah Quincy Upper School, 7th grade lunch",
    P("""
    A 7th grader went to the nurse after lunch dizzy and vomiting; she said she ate four "Delta 8
    gummies" shaped like sour worms that she bought from Jimmy, a 9th grader, for $10 on Zelle. Jimmy
    had 11 more packs in his backpack (label: "Delta-8 THC 25mg"). He says he orders them from a website
    and they come in plain envelopes. Jimmy is an English learner (level 3) and his Cantonese-speaking
    father needed an interpreter for the meeting.
    """),
    stu("Jimmy Chen", 9, "2010-09-18", "578816"),
    "deny", recipient="bpd/district-a1", substances=["delta-8 THC gummies"], reason="excluded_substance",
    mnc=["English learner", "Cantonese"], cats=["language"])

# 25
add("HEND", "weapon", "2025-12-16 12:40", "Henderson K-12 Inclusion School, upper campus, robotics lab",
    P("""
    Summary by AP Gallagher of what happened on 12/16.

    A student on the robotics team told the coach that Kareem asked to use the team's 3D printer "for a
    part" and showed a file on his laptop called lower_frame_v3.stl. The coach refused and came to me.
    At 12:40 SSS Boyle and I met with Kareem in the robotics lab. His backpack held an assembled pistol
    built from a Polymer80 kit: no serial number, a slide and barrel he ordered online, and a loaded
    15-round magazine inserted. He said the parts were delivered to a parcel locker at the Shaw's on
    Morrissey Blvd and paid for with Zelle ($489), and that he was going to "sell it to somebody on
    Snap" for $1,100. BPD C-11 took the gun at 1:05.

    His mother said they moved here from Trinidad last year and that Kareem "learned all of this from
    YouTube."
    """),
    stu("Kareem Joseph", 11, "2009-04-11", "467731"),
    "allow", recipient="bpd/district-c11", weapon="firearm (unserialized pistol)",
    mnc=["Trinidad"], key="pistol",
    mct=["robotics team", "Polymer80", "Morrissey Blvd"], cats=["national_origin"], trap=True)

# --------------------------------------------------------------------------- cases 26-50

# 26
add("EHS", "drugs", "2026-01-29 10:30", "English High School, gym locker room",
    P("""
    Statement written by a student witness (16), given to Dean Ocasio on 1/29:

    "Everybody knows if you want coke you hit up Pedro's finsta. You send $40 on Zelle and put 'snow
    day' in the memo and he drops it at the lockers by the gym, or after school at Jackson Square. I did
    it twice. Yesterday he showed me like ten little bags in an Altoids tin."

    Dean's note: at 10:30 we searched Pedro's gym locker with SSS present and found an Altoids tin with
    9 knotted baggies of white powder (about half a gram each) and a small digital scale. District E-13
    officers field tested one bag: positive for cocaine. The Zelle history on Pedro's phone shows 14
    incoming payments with "snow day" memos since New Year's. Pedro's father, who came over from Cabo
    Verde in 2019, said Pedro "gets this from the older boys."
    """),
    stu("Pedro Monteiro", 11, "2008-09-12", "459902"),
    "allow", recipient="bpd/district-e13", substances=["cocaine"],
    mnc=["Cabo Verde"], key="cocaine",
    mct=["snow day", "Altoids tin", "Jackson Square"], cats=["national_origin"], trap=True)

# 27
add("JEB", "gang_activity", "2026-03-09 09:00", "Jeremiah E. Burke High School",
    P("""
    Over the last month staff have noticed students sending each other small Cash App payments ($5,
    $10) with a red square emoji and the word "dues" in the memo. The climate team believes these are
    dues for the Geneva Ave crew and that the payments go up to an older cousin in Bowdoin-Geneva. We
    have a spreadsheet of 12 students and their $cashtags. Request: share it with BPD so they can map
    the group before something happens.
    """),
    stu("Marquis Dunbar", 11, "2008-12-01", "451176"),
    "deny", recipient="bpd/district-c11", reason="ground_not_permitted",
    mnc=["Geneva Ave crew", "Bowdoin-Geneva"], cats=["gang_affiliation", "neighborhood"])

# 28
add("EXCEL", "serious_violence", "2026-01-09 15:25", "Broadway MBTA station (Red Line), inbound platform",
    P("""
    AP Mulcahy, 1/9. At 3:25 p.m. a freshman (V.) was jumped on the Red Line platform at Broadway by
    three boys; he says one was Devonte Rice from our school. Devonte had tried to buy V.'s Canada Goose
    jacket through a Marketplace listing V. posted last week but lowballed him at $150. On the platform
    Devonte said "run the Goose," and when V. refused, one boy held him while Devonte stabbed him in
    the thigh with a small folding knife. V. gave up the jacket. He had blood on his sleeve and pants
    when a T employee found him, and he was taken to Boston Medical Center, where the wound was closed.
    Transit Police have requested the platform video. V.'s older sister says Devonte "runs with the
    Lucerne Mob."
    """),
    stu("Devonte Rice", 10, "2009-11-04", "538642"),
    "allow", recipient="bpd/district-c6", weapon="folding knife",
    mnc=["Lucerne Mob"], key="folding knife",
    mct=["Canada Goose", "blood on his sleeve", "stabbed him in the thigh"], cats=["gang_affiliation"], trap=True)

# 29
add("BINCA", "drugs", "2026-02-18 11:00", "Boston International Newcomers Academy, 1st floor",
    P("""
    On 2/18 a teacher found 20 blue "M 30" pills in a sock in Henri's backpack after a classmate said
    Henri was selling "percs" over WhatsApp for $15, paid by Zelle to his cousin's account. We believe
    Henri has no legal status in the country and are asking ICE to review his case together with the
    drug report.
    """),
    stu("Henri Mbala", 10, "2009-08-30", "602214"),
    "deny", recipient="ice/ero-boston", substances=["counterfeit oxycodone (suspected fentanyl)"],
    reason="recipient_not_permitted", mnc=["no legal status"], cats=["immigration_status"])

# 30
add("JQUS", "weapon", "2026-03-11 08:45", "Josiah Quincy Upper School, 4th floor stairwell",
    F("""
    INCIDENT REPORT - JQUS - 3/11/2026 - 8:45 a.m. - 4th floor stairwell
    Reporter: Mr. Sullivan (math)
    A teacher heard a click and saw Vincent holding an open switchblade (about 3.5 in., spring release). In the same pocket was a red Swiss Army knife (small scout model).
    Vincent said he bought the switchblade on Wish for $18 and has sold four more at a meetup by the Chinatown Gate to kids from other schools, payments on Venmo with a sushi emoji as the memo.
    He says he needs money because his dad's restaurant hours were cut.
    Parent meeting held with father in Cantonese through Mr. Lau. Both knives locked in the main office.
    """),
    stu("Vincent Lam", 8, "2011-10-26", "620095"),
    "allow", recipient="bpd/district-a1", weapon="switchblade knife",
    mnc=["Cantonese"], key="switchblade",
    mct=["Swiss Army knife", "Chinatown Gate", "spring release"], cats=["language"], trap=True)

# 31
add("BAA", "drugs", "2026-01-22 12:10", "Boston Arts Academy, 3rd floor theater wing",
    P("""
    Counselor's note, finals week (1/22). Ms. Ruiz-Hall overheard two seniors saying they "Venmo'd Jess
    for study snacks." Jess, a junior in the theater program, later told me she has been selling her
    older brother's Adderall, 20 mg orange tablets, $10 each, with "study snacks" plus a book emoji as
    the Venmo memo. Her Venmo shows $370 in January. In her makeup bag: 14 orange tablets marked
    "b 974 20" in a vitamin bottle. The prescription is in her brother's name, not hers. Jess asked me
    not to call home because her brother's DACA renewal is pending and she is scared of anything
    involving police.
    """),
    stu("Jessenia Alvarado", 11, "2009-08-07", "484420"),
    "allow", recipient="bpd/district-d4", substances=["amphetamine (Adderall) not prescribed to the student"],
    mnc=["DACA"], key="Adderall",
    mct=["study snacks", "b 974 20", "theater program"], cats=["immigration_status"], trap=True)

# 32
add("BHS", "drugs", "2025-10-24 20:40", "Brighton High School gym, homecoming dance",
    P("""
    Homecoming, 10/24. Chaperones found that Connor was selling 50 ml nips of Fireball and Tito's out of
    a Nike duffel in the boys' locker room, $5 each, Cash App. He had 31 left. He said he takes them
    from the storage room after bingo night at St. Columbkille's, where his family volunteers every
    week. Parents picked him up at 9:15.
    """),
    stu("Connor Walsh", 10, "2010-07-13", "516673"),
    "deny", recipient="bpd/district-d14", substances=["alcohol (nips of whiskey and vodka)"],
    reason="excluded_substance", mnc=["St. Columbkille"], cats=["religion"])

# 33
add("BCLA", "credible_threat", "2026-05-04 07:55", "Online (Zelle requests); Boston Community Leadership Academy, locker 312",
    F("""
    Notes from Dean Whalen, 5/4/2026
    - 7:55 a.m.: 11th grader A.H. and her father came in with her phone. A.H. sold Bilal a used iPhone 13 for $280 through Marketplace; they met at the Target in Somerville on Saturday. Bilal says the phone is iCloud locked and wants his money back.
    - Since Saturday night Bilal has sent A.H. eleven Zelle requests for $280 with memos including "refund or I cut you at ur locker", "locker 312 right? see u monday", "i got the blade already".
    - A.H.'s locker is 312.
    - 8:30 a.m.: Bilal brought to the office. SSS found nothing on him. He said "I just want my money."
    - Bilal's mother asked that we speak with the imam at their mosque before calling police and said the Somali families "will handle it."
    """),
    stu("Bilal Hassan", 11, "2009-01-05", "478865"),
    "allow", recipient="bpd/district-e18",
    threat=("Over two days the student sent a classmate eleven Zelle payment requests with memos threatening "
            "to cut her at her locker, naming her actual locker number (312) and saying he already has 'the "
            "blade.' He knows where and when to find her in the building."),
    attachments=[("screenshot", "zelle_requests_AH.pdf")],
    mnc=["imam", "mosque", "Somali"], key="Zelle",
    mct=["Target in Somerville", "locker 312", "eleven Zelle requests"], cats=["religion", "ethnicity"], trap=True)

# 34
add("MH", "weapon", "2026-06-02 14:10", "Mission Hill K-8, 8th grade hallway",
    F("""
    8th grade team email, 6/2/2026, 2:10 p.m.
    To: Principal, AP
    We took an 18-inch machete (black handle, blade in a nylon sheath) out of Jordan's backpack after a classmate told Mr. Pryor that Jordan was "selling it to a high schooler after school for 60."
    Jordan showed us the Facebook Marketplace listing he made on his cousin's account: "machete brand new cash app only pick up Mission Main." He says he found it in the basement of his building in Mission Main and was trying to get money for his phone bill. Nobody was threatened.
    """),
    stu("Jordan Whitfield", 8, "2012-02-17", "634408"),
    "allow", recipient="bpd/district-b2", weapon="machete",
    mnc=["Mission Main"], key="machete",
    mct=["18-inch machete", "nylon sheath", "Facebook Marketplace listing"], cats=["neighborhood"])

# 35
add("MUN", "weapon", "2026-04-09 10:20", "Margarita Muñiz Academy, courtyard",
    P("""
    Students in the courtyard were hit with gel beads from a battery-powered "Orbeez gun" (gel blaster,
    translucent blue, no orange tip) that Yandel bought on TikTok Shop and has been renting to friends
    for $5 a round on Cash App. Two students had red welts, no other injury. His mother, who is
    Dominican, came in and took it home.
    """),
    stu("Yandel Rosario", 9, "2011-03-03", "590641"),
    "deny", recipient="bpd/district-e13", weapon="gel blaster (toy gun)", reason="other",
    mnc=["Dominican"], cats=["ethnicity"])

# 36
add("JEB", "drugs", "2026-02-24 10:20", "Jeremiah E. Burke High School, 2nd floor boys' room",
    P("""
    SSS Hylton, written statement, 2/24/2026. I was called to the 2nd floor boys' room at 10:20 for a
    strong smell. Nobody was smoking. Wesley and another boy were inside; Wesley had an orange pharmacy
    bottle with the label scratched off. It held 22 white round tablets marked "M 15". The nurse
    identified them as oxycodone 15 mg. Wesley said the pills are his grandmother's, left over from her
    hip surgery, and that he has been selling them through Snapchat for $15 each, meeting buyers in the
    Tropical Foods parking lot in Nubian Square after school. He showed me three Cash App payments from
    this week. His grandmother came to the school with a neighbor to translate; she only speaks Haitian
    Creole and was crying.
    """),
    stu("Wesley Pierre", 10, "2010-04-25", "527790"),
    "allow", recipient="bpd/district-b2", substances=["oxycodone (prescribed to a relative)"],
    mnc=["Haitian"], key="oxycodone",
    mct=["M 15", "Tropical Foods", "Nubian Square"], cats=["language"], trap=True)

# 37
add("OBR", "counterfeiting", "2026-03-02 09:15", "John D. O'Bryant School, online resale",
    P("""
    A parent complained that the "Yeezy 350s" her son bought from Chidi for $220 through his resale page
    (@chidi.kicks, Zelle only) are fake, and two other families have said the same. Chidi admits he buys
    replicas from a WeChat seller and sells them as "authentic, receipt lost." His family came from
    Nigeria in 2018. We would like police to look at the sales.
    """),
    stu("Chidi Okonkwo", 12, "2007-11-22", "433558"),
    "deny", recipient="bpd/district-b2", reason="ground_not_permitted",
    mnc=["Nigeria"], cats=["national_origin"])

# 38
add("DEAR", "serious_violence", "2025-11-18 14:40", "Roxbury Community College parking lot, Columbus Ave",
    P("""
    Summary of events 11/18/2025 (AP Velez).

    After dismissal at 2:40, in the parking lot of Roxbury Community College across Columbus Ave, Malik
    (9th) confronted an 8th grader, D.T., over $45 D.T. owed him for a PS4 controller Malik sold him on
    Marketplace. Witnesses say Malik said "Cash App me right now" and D.T. said he didn't have it. Malik
    swung a heavy chain bike lock and hit D.T. in the side of the head. D.T. fell and did not get up for
    about a minute. He was taken to Boston Children's with a skull fracture and is still admitted.

    Malik ran off toward Highland Park, where his family lives; his mother brought him to school the
    next morning and he admitted the swing but said D.T. "stepped to" him first.
    """),
    stu("Malik Jones", 9, "2010-10-19", "571124"),
    "allow", recipient="bpd/district-b2", weapon="club (chain bike lock)",
    mnc=["Highland Park"], key="bike lock",
    mct=["Roxbury Community College", "skull fracture", "chain bike lock"], cats=["neighborhood"], trap=True)

# 39
add("EB", "weapon", "2025-12-09 11:15", "East Boston High School, 1st floor girls' bathroom",
    P("""
    Report by Ms. DiStefano, girls' PE, 12/9/2025.

    Around 11:15 I was told a student was "selling mace" in the 1st floor girls' bathroom. When I went
    in, Liya had a shoebox of small canisters on the sink. I counted 9 keychain pepper sprays (Sabre
    Red, pink and purple) and a printed sign that said SELF DEFENSE $15 - CASH APP - NO REFUNDS. She
    said she buys them in bulk on Amazon and sells them to girls who walk home late. One canister had
    been set off earlier this week in the cafeteria line (no injury reported). The AP called home; her
    father, a deacon at their Ethiopian church, came in right away and apologized.
    """),
    stu("Liya Tesfaye", 10, "2010-08-01", "545539"),
    "allow", recipient="bpd/district-a7", weapon="pepper spray",
    mnc=["Ethiopian", "deacon"], key="pepper spray",
    mct=["Sabre Red", "1st floor girls' bathroom", "NO REFUNDS"], cats=["ethnicity", "religion"])

# 40
add("BLA", "credible_threat", "2026-02-12 13:00", "Online (Snapchat)",
    P("""
    Snap story from Marcus ("opening my knife shop, first customer gonna be Mr. D lol") was reported by
    three students after Mr. D took his phone for selling sneakers in class. Marcus was born in
    Port-au-Prince and has been in the district two years. Screenshots attached.
    """),
    stu("Marcus Desir", 10, "2010-03-29", "509981"),
    "deny", recipient="bpd/district-b2", reason="missing_threat_statement",
    attachments=[("screenshot", "snap_knife_shop.png")],
    mnc=["Port-au-Prince"], cats=["national_origin"])

# 41
add("TBA", "drugs", "2026-03-27 13:05", "TechBoston Academy, Spanish Club room and AP office",
    P("""
    Written by AP Coyle, 3/27/2026.

    At 1:05 p.m. the Spanish Club adviser brought me a Cash App screenshot a student found on the
    club's shared iPad: someone had stayed logged in as $KayBands, and the activity tab showed dozens of
    $20 payments with memos like "1 fold", "2 folds", "fold pls". The account belongs to Keyshawn (11th),
    who uses the club iPad to run the fundraiser. In Keyshawn's backpack SSS Tavares found 16 folded
    lottery-ticket "folds" of off-white powder and a roll of $20 bills ($640). Keyshawn said it was
    fentanyl and that he picks it up "on Bowdoin St by my house." He was calm and cooperative. Nurse on
    standby; no exposure.
    """),
    stu("Keyshawn Hall", 11, "2009-05-05", "466194"),
    "allow", recipient="bpd/district-c11", substances=["fentanyl"],
    mnc=["Bowdoin St"], key="fentanyl",
    mct=["Spanish Club", "16 folded lottery-ticket", "$640"], cats=["neighborhood"], trap=True)

# 42
add("CHS", "weapon", "2026-04-15 10:35", "Charlestown High School, nurse's office",
    F("""
    Charlestown HS - Student Support Team log - 4/15/2026
    Item: handheld stun gun sold as a "police taser", label says 50M volt, black with a built-in flashlight, working.
    Where: the nurse found it in Ana's hoodie pocket when she came in with a headache; it went off in the nurse's hand.
    How she got it: Ana says she traded her old Alienware laptop for it with a man from a Facebook Marketplace listing, meeting at the Sullivan Square Dunkin'. She showed the Messenger thread. She has also sold one to a classmate for $40 (Cash App).
    Why: she's afraid walking from the bus at night.
    Family: mother could not come in today because of her work permit appointment; aunt came instead.
    """),
    stu("Ana Folau", 11, "2009-02-20", "487306"),
    "allow", recipient="bpd/district-a15", weapon="taser (stun gun)",
    mnc=["work permit"], key="stun gun",
    mct=["Alienware laptop", "Sullivan Square Dunkin'", "50M volt"], cats=["immigration_status"], trap=True)

# 43
add("OBR", "drugs", "2026-01-13 10:00", "John D. O'Bryant School, main office mailroom",
    P("""
    Two padded envelopes addressed to a student arrived at the school's mailroom from overseas and were
    opened by mistake: 300 yellow bars stamped like Xanax. The student admits he has been reselling them
    through Telegram for Venmo. His family is from Guatemala. Because the packages came internationally
    we are sending this to Homeland Security Investigations.
    """),
    stu("Esteban Ajú", 12, "2008-01-16", "438761"),
    "deny", recipient="hsi/boston", substances=["counterfeit alprazolam (Xanax) bars"],
    reason="recipient_not_permitted", mnc=["Guatemala"], cats=["national_origin"])

# 44
add("MP", "credible_threat", "2026-05-19 06:02", "Online (Instagram DMs); Madison Park back lot",
    F("""
    Email thread forwarded by the Dean.

    From an Amazon Flex driver (adult) to the school's general inbox, 5/19, 6:02 a.m.: "One of your students, I think named Rashad, has been stealing packages off my route. I reported his resale page. Now he is messaging me."
    Attached DMs from @rashad.resells: "u got me banned off marketplace" / "i know ur van and i know u park at Madison Park at 2:30 for the lot" / "next time u pull up im bringing the 9 and u not leaving".

    Dean's note: Rashad (10th) admits the account is his. The driver does park in our back lot around 2:30 to deliver to the shop programs. Rashad's Instagram bio says "OG Orchard Gardens" and staff believe he runs with the older boys there.
    """),
    stu("Rashad Greene", 10, "2009-12-12", "548006"),
    "allow", recipient="bpd/district-b2",
    threat=("Student sent a delivery driver direct messages saying he knows the driver's van and that the driver "
            "parks at our school at 2:30, then 'next time u pull up im bringing the 9 and u not leaving.' He "
            "admits the account is his. The threat names a person, a place, a time and a gun."),
    attachments=[("screenshot", "rashad_resells_dms.png")],
    mnc=["Orchard Gardens"], key="bringing the 9",
    mct=["Amazon Flex", "bringing the 9", "2:30"], cats=["neighborhood", "gang_affiliation"], trap=True)

# 45
add("EMK", "drugs", "2026-02-10 09:20", "Edward M. Kennedy Academy, Pharmacy Tech lab",
    P("""
    Ms. Ahern (Pharmacy Technician pathway), 2/10/2026.

    In my Pharmacy Tech lab this morning Diego asked me, in front of the class, whether "M30s from the
    locker" are "real pharmacy Percs." After class he showed me a photo of a blue pill and an Amazon Hub
    pickup code on his phone and said a man on Snapchat sells them "$15 a pop, Cash App," ships them to
    the locker at the Whole Foods on Westland Ave, and Diego resells to "three or four kids." I walked
    him to the AP. In his jacket: a pill bottle with 9 blue round pills stamped M 30. He says he doesn't
    take them himself.

    Diego is in my SEI classroom for science and is WIDA level 2, so I'm not sure he understood all of
    my questions.
    """),
    stu("Diego Castaño", 10, "2010-05-30", "535152", ell_level="WIDA 2"),
    "allow", recipient="bpd/district-d4", substances=["counterfeit Percocet (suspected fentanyl)"],
    mnc=["SEI classroom", "WIDA"], key="Percs",
    mct=["Pharmacy Tech lab", "Westland Ave", "9 blue round pills"], cats=["language"], trap=True)

# 46
add("BHS", "drugs", "2026-03-04 12:15", "Brighton High School, cafeteria",
    P("""
    Vape pen (no label, black, refillable pod with clear liquid) taken from Thiago at lunch after he
    sold "hits" for $2 on Cash App. Nobody, including Thiago, knows what is in the pod; he says "some
    kid" filled it. Other students call him "the Brazilian plug." No other substances found.
    """),
    stu("Thiago Souza", 11, "2009-06-06", "470223"),
    "deny", recipient="bpd/district-d14", substances=["vape pod, contents unknown"],
    reason="excluded_substance", mnc=["Brazilian"], cats=["ethnicity"])

# 47
add("BLA", "weapon", "2025-10-07 12:15", "Boston Latin Academy, library",
    P("""
    Summary (AP Kowalczyk), 10/7/2025, 12:15 p.m., library.

    A librarian saw a group around a laptop and heard "drop's live." Sami was running a "knife drop" on a
    Discord server: limited listings, first person to pay on Venmo gets it. On the table was a karambit
    with a curved 3-inch Damascus steel blade and a finger ring, still in its gift box. Sami says he
    buys from a seller on Etsy and ships through a UPS Access Point at the CVS near Dudley St, getting
    $70 to $140 per knife. His Venmo shows 12 knife sales since September. His father told us the
    family is Lebanese, that Sami's uncle collects knives, and that he had no idea Sami was selling them.
    """),
    stu("Sami Haddad", 11, "2009-03-09", "482277"),
    "allow", recipient="bpd/district-b2", weapon="knife",
    mnc=["Lebanese"], key="karambit",
    mct=["Damascus steel", "Discord server", "UPS Access Point"], cats=["ethnicity"], trap=True)

# 48
add("NM", "serious_violence", "2026-01-30 20:15", "Residential porch, River St",
    P("""
    Prepared by AP Barros from the victim's statement to our school (his niece attends here) and the
    students' own Snapchat posts.

    Friday 1/30 around 8:15 p.m. an Uber Eats driver was delivering to an address on River St. Three
    boys were waiting on the porch. One of them, Nelson (our 11th grader), told him to "Cash App the
    order money back," and when the driver turned to leave Nelson hit him in the head several times with
    the butt of a handgun. The driver needed 12 staples in his scalp and has a concussion. The group
    took his phone and $60 cash. Nelson posted a Snapchat story that night showing the driver's
    insulated bag with the caption "free dinner." Nelson's Cash App received $200 from the driver's
    account at 8:31 p.m.
    """),
    stu("Nelson Tavares", 11, "2008-10-28", "456318", home_language="Cape Verdean Creole", ell_status="Former EL"),
    "allow", recipient="bpd/district-e18", weapon="firearm",
    mnc=["Cape Verdean Creole", "Former EL"], key="handgun",
    mct=["12 staples", "insulated bag", "River St"], cats=["language"], trap=True)

# 49
add("SNOW", "weapon", "2025-09-23 09:05", "Snowden International School, lobby",
    P("""
    During morning entry SSS found a Crosman BB pistol (black, CO2, BBs in the magazine) in Arben's
    backpack. He says he bought it on OfferUp for $40 and was meeting a buyer after school to sell it
    for $65. He told SSS "it's not real, it's for my cousin." His family is Albanian and his father
    works nights; his mother was called.
    """),
    stu("Arben Gashi", 10, "2010-02-02", "522845"),
    "deny", recipient="bpd/district-d4", weapon="BB gun", reason="other",
    mnc=["Albanian"], cats=["ethnicity"])

# 50
add("FEN", "drugs", "2025-12-12 11:45", "Fenway High School, 3rd-floor study room",
    P("""
    From the AP's incident entry, 12/12/2025.

    Camila (12th) was found by her advisor in the 3rd-floor study room with a small amber vial of white
    powder, a rolled-up $5 bill and a key with residue on it. She admitted it was ketamine ("K") and
    that she sells "bumps" for $20 and vials for $80 to seniors, advertised on her Close Friends story
    as "Special K cereal" with a bowl emoji. Payment by Cash App, memo "cereal." Her phone shows 22 such
    payments since Thanksgiving. A second vial was recovered from her locker. Her mother said Camila has
    been "going out a lot" and that people at Columbia Point, where they live, have been saying things
    about her.
    """),
    stu("Camila Reyes", 12, "2008-02-14", "440932"),
    "allow", recipient="bpd/district-b2", substances=["ketamine"],
    mnc=["Columbia Point"], key="ketamine",
    mct=["Special K cereal", "amber vial", "3rd-floor study room"], cats=["neighborhood"], trap=True)

# --------------------------------------------------------------------------- cases 51-75

# 51
add("EXCEL", "credible_threat", "2025-11-12 19:48", "Online (Cash App requests); staff parking, L Street lot",
    P("""
    Mr. Halloran (Algebra 2) confiscated Ty's phone on 11/12 after Ty was taking Cash App payments in
    class for "slides" - he resells Yeezy Slides. That evening Mr. Halloran received three $1 Cash App
    requests from $TyFlips with the memos "give me my phone back or ur car gets lit", "black Civic in
    the L Street lot right", and "i got gas and a lighter bro try me." Mr. Halloran does drive a black
    Civic and parks in the L Street lot. Ty told the AP the next morning that his dad was deported in
    August, that he is "the man of the house" now, and that he needs the phone for his business.
    """),
    stu("Tyler Mendes", 11, "2009-04-30", "473310"),
    "allow", recipient="bpd/district-c6",
    threat=("After a teacher confiscated his phone, the student sent the teacher three Cash App requests saying "
            "the teacher's car 'gets lit', correctly naming the car and where it is parked, and 'i got gas and a "
            "lighter.' This is a specific threat to set fire to a staff member's car at the school."),
    attachments=[("screenshot", "halloran_cashapp_requests.png")],
    mnc=["deported"], key="Cash App",
    mct=["Yeezy Slides", "black Civic", "L Street lot"], cats=["immigration_status"], trap=True)

# 52
add("HEND", "weapon", "2026-04-02 07:50", "Henderson K-12 Inclusion School, homeroom 3B",
    P("""
    On 4/2 at 7:50 a.m. Jaden carried an Amazon box into homeroom and told a friend "look what came."
    The friend told the homeroom teacher. SSS took the box to the office unopened. Inside, wrapped in a
    hoodie, was a .380 semi-automatic pistol (Bersa) with a loaded magazine inserted. The shipping label
    was addressed to Jaden at 44 Ashmont St, Apt 2, 02124, with a return address for a "warehouse" that
    does not exist. Jaden says he bought it for $450 from a man on Snapchat (Zelle to a name he didn't
    know) who "ships everything Amazon-style so parents don't notice," and that he was going to resell
    it for $700.
    """),
    stu("Jaden Morris", 10, "2010-01-14", "529388"),
    "allow", recipient="bpd/district-c11", weapon="firearm",
    attachments=[("photo", "box_and_label.jpg")],
    mnc=["44 Ashmont", "02124"], key="pistol",
    mct=[".380", "Bersa", "homeroom"], cats=["neighborhood"])

# 53
add("BLA", "harassment", "2026-03-18 21:00", "Online (Venmo)",
    P("""
    A 9th grader's family reported that for two weeks Liam has been sending their son 1-cent Venmo
    payments with memos like "go back to China" and "ching chong tax." The feed is public so other
    students see them. We have screenshots. We want the police to know about this pattern of
    harassment.
    """),
    stu("Liam O'Rourke", 9, "2010-11-11", "575519"),
    "deny", recipient="bpd/district-b2", reason="ground_not_permitted",
    attachments=[("screenshot", "venmo_public_feed.png")],
    mnc=["back to China", "ching chong"], cats=["national_origin", "ethnicity"])

# 54
add("SNOW", "drugs", "2026-03-04 12:40", "Snowden International School, nurse's office and 2nd floor lockers",
    F("""
    Investigation summary - AP Finnegan - 3/5/2026
    1. On 3/4 two sophomores were sent to the nurse after lunch with slurred speech and heavy eyes. Both said they took "bars" bought from Prakash.
    2. Prakash admitted buying 200 pressed bars (sold as Xanax) on a darknet market. He paid in Bitcoin, loading cash at the Bitcoin ATM in the Mobil on Boylston St.
    3. The pills came hidden in a DVD case through USPS to a friend's PO box.
    4. He sold them at $3 each; Venmo memos were a chocolate emoji, "snack", "gym".
    5. 61 yellow rectangular pills marked S 90 3 found in his locker.
    6. Father came with a family friend who interpreted into Nepali. Father said Prakash works weekends at a restaurant and "never has time for this."
    """),
    stu("Prakash Gurung", 10, "2009-09-08", "550703"),
    "allow", recipient="bpd/district-d4", substances=["counterfeit alprazolam (Xanax) bars"],
    mnc=["Nepali"], key="Xanax",
    mct=["Bitcoin ATM", "S 90 3", "DVD case"], cats=["language"], trap=True)

# 55
add("BHS", "weapon", "2026-04-01 08:10", "Brighton High School, gym lobby bag check",
    P("""
    AP note, 4/1/2026. Yusuf (12th) works DoorDash on an e-bike after school. During a random bag check
    in the gym lobby SSS found an 8-inch kitchen knife wrapped in a dish towel inside his DoorDash
    insulated bag. He said he has carried it since he was robbed on the Green Line near Packard's Corner
    last month. He also runs a reseller page for e-bike batteries. He said he has been working extra
    because he saved his Eid money for a bike and it was stolen. No threats were made; he was
    cooperative.
    """),
    stu("Yusuf Rahimi", 12, "2007-12-03", "436654"),
    "allow", recipient="bpd/district-d14", weapon="knife",
    mnc=["Eid money"], key="kitchen knife",
    mct=["DoorDash insulated bag", "8-inch kitchen knife", "Packard's Corner"], cats=["religion"], trap=True)

# 56
add("JQUS", "drugs", "2025-10-21 14:00", "Josiah Quincy Upper School, 6th floor",
    F("""
    Discipline export
    Incident: Sale of nicotine products
    Details: 9th grader selling Zyn pouches ($5 a tin) and Juul pods ($15 a pack) to 7th and 8th graders, Venmo memo "mints." 9 tins, 4 packs recovered.
    Student background (from counselor): lives in the Castle Square apartments with mom and two siblings.
    """),
    stu("Kevin Ngo", 9, "2011-06-22", "583377"),
    "deny", recipient="bpd/district-a1", substances=["nicotine pouches (Zyn)", "Juul pods"],
    reason="excluded_substance", mnc=["Castle Square"], cats=["neighborhood"])

# 57
add("EHS", "serious_violence", "2026-06-03 16:30", "Forest Hills station, upper busway",
    P("""
    Dean's summary, 6/4/2026. The victim (adult, 19) listed an iPhone 15 Pro on Facebook Marketplace for
    $600. The buyer, "Jay Smith," arranged to meet at Forest Hills station, upper busway, at 4:30 p.m. on
    6/3. The victim says the buyer was Jayden, a junior here: Jayden had sent a Cash App "proof of funds"
    screenshot that showed his real name. Jayden took the phone to "check it," refused to pay, and when
    the victim grabbed his arm Jayden slashed him across the forearm with a box cutter. The victim got
    14 stitches at Faulkner Hospital. Jayden's mother says he was home in Hyde Park by 5. Transit Police
    have the busway video.
    """),
    stu("Jayden Cole", 11, "2008-11-09", "461587"),
    "allow", recipient="bpd/district-e13", weapon="box cutter",
    mnc=["Hyde Park"], key="box cutter",
    mct=["Forest Hills station", "14 stitches", "iPhone 15 Pro"], cats=["neighborhood"], trap=True)

# 58
add("EXCEL", "drugs", "2026-01-15 09:30", "Excel High School, main office",
    P("""
    A student turned in a Snapchat screenshot of an account selling "blues" with "Excel pickup." The
    district safety office ran the account's selfie through Clearview and got a possible match to
    Anthony (report attached). We then searched Anthony and found 6 blue pills stamped M 30. Sending
    the pills, the match and the screenshot to BPD.
    """),
    stu("Anthony Souza", 10, "2010-02-27", "520012"),
    "deny", recipient="bpd/district-c6", substances=["counterfeit oxycodone (suspected fentanyl)"],
    reason="face_surveillance",
    attachments=[("face_match", "clearview_result_anthony.pdf"), ("screenshot", "snap_blues.png")],
    mnc=["Clearview"], cats=["face_surveillance"])

# 59
add("JEB", "drugs", "2026-05-21 15:05", "Washington St sidewalk outside Jeremiah E. Burke High School",
    P("""
    At 3:05 p.m. a crossing guard on Washington St saw Jamal hand something to an adult man through a car
    window and take a phone back to tap. SSS walked over; the man drove off. Jamal had a pill bottle with
    14 small off-white rocks in it, each in a corner of a plastic bag, and $215. He said it was crack,
    "$20 a rock, Cash App only," and that his customers are "grown people, not students." The Cash App
    on his phone shows 9 payments that afternoon.

    The SRO from last year has a note in his file that Jamal is "documented as a Homes Ave associate,"
    which we cannot confirm.
    """),
    stu("Jamal Bishop", 12, "2008-03-21", "437290"),
    "allow", recipient="bpd/district-b2", substances=["crack cocaine"],
    mnc=["Homes Ave"], key="crack",
    mct=["14 small off-white rocks", "$215", "crossing guard"], cats=["gang_affiliation"])

# 60
add("BCLA", "weapon", "2025-09-30 10:40", "Boston Community Leadership Academy, Room 118",
    P("""
    During 2nd period a sub saw Omar pull a set of brass knuckles out of a Fighting Irish drawstring bag
    and put them on to show a classmate. The sub called the office. The knuckles are solid metal,
    silver, with a skull design. Omar said he bought six on Amazon and sells them on his Snapchat for
    $30, Cash App; he has sold four. His mother, who speaks Arabic at home with the kids, asked us to
    call her brother to explain what happened in English.
    """),
    stu("Omar Khalil", 10, "2010-03-15", "514436"),
    "allow", recipient="bpd/district-e18", weapon="brass knuckles",
    mnc=["Arabic"], key="brass knuckles",
    mct=["Fighting Irish", "skull design", "sold four"], cats=["language"], trap=True)

# 61
add("DEAR", "credible_threat", "2026-02-23 22:10", "Online (Zelle, Instagram); Dearborn STEM Academy",
    P("""
    Report from Ms. Kang, 7th grade dean, 2/24/2026.

    Two 8th grade girls, Hana and P.L., traded K-pop photocards online. P.L. paid Hana $120 on Zelle for
    a "rare" set and says the cards that came were printed fakes. P.L. posted about it and Hana's older
    cousin got involved. Last night at 10:10 P.L. received a $0.01 Zelle payment from Hana's account
    with the memo "delete it or my cousin brings his gun to dearborn tmrw at lunch." A second message on
    Instagram from an account P.L. believes is the cousin said "lunch. front door."

    Hana denied writing the memo at first, then said her cousin "took my phone." Hana's mother asked us to
    talk to their pastor at the Korean church before doing anything else.
    """),
    stu("Hana Yoon", 8, "2011-11-30", "618873"),
    "allow", recipient="bpd/district-b2",
    threat=("A student's Zelle account sent a classmate a memo saying a named relative 'brings his gun to "
            "dearborn tmrw at lunch' unless she deletes a post, followed by a message 'lunch. front door.' "
            "It names a weapon, the school, a time and an entrance."),
    attachments=[("screenshot", "zelle_memo_2210.png"), ("screenshot", "ig_lunch_front_door.png")],
    mnc=["Korean", "pastor"], key="Zelle",
    mct=["K-pop photocards", "lunch. front door.", "$0.01 Zelle payment"], cats=["ethnicity", "religion"], trap=True)

# 62
add("MP", "credible_threat", "2026-03-02 11:00", "Madison Park Technical Vocational High School",
    P("""
    A student overheard Devin say he would "handle" the kid who sold him a broken PS5 controller. Devin
    has been selling sneakers on Snapchat. Devin's grandmother lives on Warren St and he stays with her.
    """),
    stu("Devin Carter", 11, "2009-07-01", "468849"),
    "deny", recipient="bpd/district-b2", reason="missing_threat_statement",
    mnc=["Warren St"], cats=["neighborhood"])

# 63
add("BAA", "drugs", "2026-04-23 13:50", "Boston Arts Academy, music practice rooms",
    P("""
    At 1:50 p.m. Mr. Oyelaran found Gabriel in practice room 4 cutting small squares off a sheet of
    printed blotter paper (a cartoon pattern) with an X-Acto knife. Gabriel said it was LSD - "tabs" -
    and that he sells them for $10 each, Venmo memo "stickers." The sheet had 64 squares left, plus a
    foil packet with 9 cut tabs. His Venmo shows 30 "stickers" payments this month. His mother came in
    and spoke with the AP; she said she is Salvadoran and works two jobs and did not know Gabriel had
    Venmo.
    """),
    stu("Gabriel Funes", 11, "2009-08-19", "476002"),
    "allow", recipient="bpd/district-d4", substances=["LSD"],
    mnc=["Salvadoran"], key="LSD",
    mct=["blotter paper", "cartoon pattern", "practice room 4"], cats=["ethnicity"], trap=True)

# 64
add("CHS", "weapon", "2026-05-07 09:30", "Charlestown High School / online",
    P("""
    Instagram account linked to Darius shows a black pistol with "$550, cash app, serious buyers." SSS
    recovered a loaded .22 revolver from his locker this morning. We are sending this to the
    Commonwealth Fusion Center because the account's followers include several people from the
    Bunker Hill development flagged as "Tudor St" associates.
    """),
    stu("Darius Flynn", 12, "2008-05-26", "441409"),
    "deny", recipient="commonwealth-fusion-center", weapon="firearm", reason="recipient_not_permitted",
    mnc=["Bunker Hill development", "Tudor St"], cats=["neighborhood", "gang_affiliation"])

# 65
add("TBA", "serious_violence", "2026-01-16 15:20", "Amazon Hub Locker bank, Fields Corner station",
    P("""
    Statement of the stage crew adviser, who was walking to the train on 1/16 at about 3:20 p.m.:

    "I saw two of our students at the Amazon lockers at Fields Corner station arguing about a package.
    Andre - he is on my stage crew - kept saying the locker code was his because he paid on Cash App.
    The other boy (J.M.) opened the locker and grabbed the box. Andre pulled a box cutter from his
    hoodie and slashed J.M. across the left cheek and ear. There was a lot of blood. I called 911 and
    held a scarf on the wound. J.M. was taken to Boston Medical Center and had plastic surgery on his
    ear."

    The box held a pair of sneakers Andre had bought from J.M.'s resale page. According to the deputy
    from the BPS safety office, Andre "is flagged as a Big Head associate."

    AP follow-up, 1/20. Andre was out on 1/19 and returned today with his father. He says J.M. took
    his $140 on Cash App in December and "ghosted" him, then texted him the locker code as a joke, and
    that he only meant to "scare him" with the cutter, which he carries from his weekend job unloading
    trucks at a warehouse in Canton. He showed us the Cash App payment (memo: "dunks size 10") and the
    text with the locker code. The cutter was not recovered; Andre says he threw it on the tracks. J.M.
    is home and will need more surgery on the ear. Both families have been told the school is
    reporting this.
    """),
    stu("Andre Lopes", 11, "2009-02-13", "474418"),
    "allow", recipient="bpd/district-c11", weapon="box cutter",
    mnc=["Big Head associate"], key="box cutter",
    mct=["stage crew", "left cheek and ear", "Fields Corner station"], cats=["gang_affiliation"], trap=True)

# 66
add("EB", "weapon", "2026-03-24 13:35", "East Boston High School, Room 310",
    P("""
    AP Marchetti, 3/24. A teacher took a black expandable steel baton (21 inches extended) from
    Kevin's desk after he flicked it open in class to "show how fast it opens." Kevin said he bought it
    on Amazon "as a tactical flashlight accessory" and has sold three to other students for $40 each on
    Cash App, shipping them to a locker at the Maverick Square 7-Eleven. His grandmother is raising him;
    she is from El Salvador and the meeting was done with the school's bilingual liaison.
    """),
    stu("Kevin Portillo", 10, "2009-10-22", "543891"),
    "allow", recipient="bpd/district-a7", weapon="club (expandable baton)",
    mnc=["El Salvador", "bilingual liaison"], key="expandable steel baton",
    mct=["21 inches extended", "Maverick Square 7-Eleven", "tactical flashlight"],
    cats=["national_origin", "language"], trap=True)

# 67
add("CHS", "theft", "2025-12-15 18:00", "Charlestown, residential porches",
    P("""
    Neighbors near the school have caught two of our students on doorbell cameras taking packages off
    porches right after DoorDash and Amazon drop-offs; items turn up on their Marketplace page the same
    night. Dominic's mother said the family "just got their papers" and is terrified. Requesting police
    follow-up on the package thefts.
    """),
    stu("Dominic Barros", 10, "2010-04-09", "532068"),
    "deny", recipient="bpd/district-a15", reason="ground_not_permitted",
    mnc=["got their papers"], cats=["immigration_status"])

# 68
add("MUN", "drugs", "2026-03-05 12:30", "Margarita Muñiz Academy, 2nd floor study hall",
    P("""
    Ms. Rivas took a pencil pouch from Karim in study hall after seeing him count pills. It held a bag of
    weed (about 3 grams), a rolling tray, and 7 round green tablets stamped "A 215" that the nurse
    identified as oxycodone 30 mg. Karim says the "greens" are from his uncle's prescription and that
    he sells them with the weed through a Snapchat "menu" and Cash App. He said he has been more careful
    this month because he's fasting for Ramadan and "not doing as many runs." His uncle's prescription
    is being verified by the nurse.
    """),
    stu("Karim Benali", 11, "2009-01-28", "479136"),
    "allow", recipient="bpd/district-e13", substances=["oxycodone", "marijuana"],
    mnc=["Ramadan"], key="oxycodone",
    mct=["A 215", "rolling tray", "study hall"], cats=["religion"])

# 69
add("MP", "weapon", "2025-11-19 10:05", "Madison Park, Cosmetology/Barbering shop",
    P("""
    In the Barbering shop a student told the instructor that Andrew has been "cutting heads" for $20 on
    the side - he books on Instagram, gets paid on Cash App - and that he keeps "a razor for people who
    don't pay." The instructor asked to see his kit. Besides his clippers there was a straight razor
    with a single exposed blade, not a shop razor, wrapped in a towel, and a pack of 10 loose
    double-edge razor blades. Andrew says the razor is for lining and that the "people who don't pay"
    comment was a joke. His Jamaican dad runs a barbershop on weekends and gave him the kit.
    """),
    stu("Andrew Campbell", 12, "2008-06-18", "445503"),
    "allow", recipient="bpd/district-b2", weapon="razor blade",
    mnc=["Jamaican"], key="straight razor",
    mct=["Barbering shop", "double-edge razor blades", "cutting heads"], cats=["ethnicity"])

# 70
add("BAA", "weapon", "2026-05-14 15:30", "Boston Arts Academy, film studio",
    P("""
    Film students were using a metal prop revolver (non-firing replica, blocked barrel) for a music video
    and Kai later listed it on Depop for $75 "for TikTok content." A parent saw the listing with the
    school's name in the background and called. Kai's father says the family is Cambodian and wanted
    the school to know he "takes this seriously."
    """),
    stu("Kai Sok", 12, "2008-07-25", "448815"),
    "deny", recipient="bpd/district-d4", weapon="replica revolver (prop)", reason="other",
    mnc=["Cambodian"], cats=["ethnicity"])

# 71
add("HEND", "credible_threat", "2026-02-06 16:45", "Online (Snapchat, Cash App); Henderson upper campus",
    F("""
    From: AP Leung
    To: Principal; Office of Safety Services
    Date: Fri 2/6/2026, 5:02 PM
    Subject: threat after sneaker deal

    Tavon (10th) sold a pair of Dunks to a sophomore at Catholic Memorial through Snapchat; the buyer charged back the Cash App payment. At 4:45 today Tavon posted to his story a photo of a black handgun in his lap with "CM boy got till monday. after that I come to the game at the Henderson and everybody getting it. not playing." There is a basketball game here Monday at 6 and Catholic Memorial is the visiting team.
    Tavon lives with his grandmother in Roslindale; we have a call in to her.
    """),
    stu("Tavon Riley", 10, "2009-09-16", "549962"),
    "allow", recipient="bpd/district-c11",
    threat=("Student posted a photo of a handgun with a message that he will come to Monday's basketball game at "
            "our school and 'everybody getting it', aimed at a visiting-team student who reversed a payment. "
            "The game, date and target are specific."),
    attachments=[("screenshot", "tavon_story_1645.png")],
    mnc=["Roslindale"], key="black handgun",
    mct=["Catholic Memorial", "charged back the Cash App payment", "basketball game"], cats=["neighborhood"],
    trap=True)

# 72
add("EXCEL", "drugs", "2026-03-13 19:30", "Excel High School, auditorium lobby (step show fundraiser)",
    P("""
    At the step team's fundraiser show on Friday 3/13, a chaperone saw Kiara take a $20 Cash App
    payment on her phone and then hand a small baggie to a boy from another school. The chaperone
    brought her to the AP on duty. Kiara had 11 capsules of beige powder that she called "molly" and
    said she sells "for parties" for $20, advertised on her private story as "step show snacks."
    She admitted she used the step team's Cash App QR code on the ticket table for some of the sales.
    The step coach has closed the team account.
    """),
    stu("Kiara Santana", 11, "2009-04-04", "485574", race="Hispanic/Latino", ethnicity_detail="Dominican"),
    "allow", recipient="bpd/district-c6", substances=["MDMA (molly)"],
    mnc=["Hispanic", "Dominican"], key="molly",
    mct=["step team", "11 capsules", "step show snacks"], cats=["ethnicity"], trap=True)

# 73
add("CASH", "weapon", "2025-10-28 12:15", "Community Academy of Science and Health, cafeteria",
    P("""
    SSS Dolan, 10/28: Received information from two students that Christian was "selling a
    strap" for $300 on Cash App and had it on him. At 12:15 in the cafeteria I asked Christian to step
    into the hallway with the AP. In his waistband was a loaded .22 revolver (silver, wooden grip, 6
    rounds). He did not resist. His backpack had "C-Block" written on it in marker, and other staff
    say C-Block is the group he is in.
    """),
    stu("Christian Dube", 11, "2008-09-29", "458041"),
    "allow", recipient="bpd/district-e18", weapon="firearm",
    mnc=["C-Block"], key=".22 revolver",
    mct=["$300 on Cash App", "wooden grip", "cafeteria"], cats=["gang_affiliation"])

# 74
add("TBA", "drugs", "2026-04-30 14:45", "TechBoston Academy, side entrance",
    P("""
    An older student has been "delivering" pre-rolls and a bottle of Hennessy to classmates at the side
    door, using a Snapchat menu called "DankDash" and Cash App. 12 pre-rolls and a pint bottle were
    found in his bag. His aunt said he has been "running around Mattapan" with this business.
    """),
    stu("Marcus Bell", 12, "2008-02-02", "443386"),
    "deny", recipient="bpd/district-c11", substances=["marijuana pre-rolls", "cognac"],
    reason="excluded_substance", mnc=["Mattapan"], cats=["neighborhood"])

# 75
add("MP", "serious_violence", "2026-01-21 10:25", "Madison Park, Carpentry shop",
    P("""
    In the carpentry shop at 10:25, Luis asked another student, R.W., for the $60 R.W. owed him for
    AirPods bought through Luis's Instagram shop. R.W. said "I'll Zelle you Friday." Luis picked up a
    framing hammer and hit R.W. twice, once on the shoulder and once on the back of the hand when R.W.
    covered his head. R.W.'s hand has two broken metacarpals and needs surgery. The instructor
    restrained Luis. Luis's mom told the AP that Luis lives with his dad in Grove Hall during the week.
    """),
    stu("Luis Ortega", 11, "2009-05-12", "469921"),
    "allow", recipient="bpd/district-b2", weapon="club (framing hammer)",
    mnc=["Grove Hall"], key="framing hammer",
    mct=["two broken metacarpals", "carpentry shop", "I'll Zelle you Friday"], cats=["neighborhood"])

# --------------------------------------------------------------------------- cases 76-100

# 76
add("EB", "drugs", "2025-11-24 09:55", "East Boston High School, Room 112 and main office",
    P("""
    Ms. Ferraro confiscated Walter's phone in 2nd period because it kept buzzing. When she handed it to
    the AP the lock screen was full of Cash App notifications ("$20 from ..." with a pill emoji). With
    his mother's consent on the phone call, Walter opened it for us: his Snapchat has a "blues" menu and
    about 40 chats with buyers, some of them here. He buys the pills in bulk with Target gift cards he
    gets customers to send him - he showed us a stack of 9 Target gift cards, $50 each, still in the
    sleeves, in his backpack, along with a bag of 26 blue pills stamped M 30.

    His mother came in at noon with his older sister, who translated because their mother speaks mostly
    Spanish. The sister told the AP the family is Guatemalan and that Walter started "doing this" after their father was hurt at work.
    """),
    stu("Walter Ixcoy", 10, "2010-07-07", "536625"),
    "allow", recipient="bpd/district-a7", substances=["counterfeit oxycodone (suspected fentanyl)"],
    mnc=["Guatemalan", "Spanish"], key="26 blue pills",
    mct=["Target gift cards", "26 blue pills", "M 30"], cats=["ethnicity", "language"], trap=True)

# 77
add("JEB", "weapon", "2025-10-02 08:35", "Jeremiah E. Burke High School, 3rd floor lockers",
    P("""
    SSS Okafor log, 10/2. Received a tip that Darnell had "a flick knife" that "comes out the front." At
    8:35 I opened his locker with the AP. In a shoebox: an out-the-front (OTF) automatic knife, black,
    approx. 3.5 inch double-edged blade, plus the Amazon locker pickup slip it came with. Darnell says he
    ordered it off a website that "doesn't ask your age," picked it up at the Amazon locker in the Stop &
    Shop on Washington St, and planned to resell it for $90 on his Instagram page. He showed us the post.

    Last spring's youth worker wrote in the referral that Darnell's older brothers are "Castlegate" and
    that he "is starting to be seen with them."
    """),
    stu("Darnell Fields", 10, "2010-02-16", "523174"),
    "allow", recipient="bpd/district-b2", weapon="knife",
    mnc=["Castlegate"], key="OTF",
    mct=["double-edged blade", "Amazon locker pickup slip", "$90"], cats=["gang_affiliation"])

# 78
add("SNOW", "weapon", "2026-02-09 15:40", "Back Bay MBTA station",
    P("""
    A Snowden 10th grader was stopped by an MBTA officer at Back Bay station after a witness saw him
    showing a folding knife he was trying to sell. He had two more knives and a Venmo request open on
    his phone. He is Vietnamese and his mother needs a Vietnamese-speaking staff member for any call.
    Sending to the MBTA Transit Police detective who called us.
    """),
    stu("Danny Pham", 10, "2009-12-19", "551480"),
    "deny", recipient="mbta-transit-police", weapon="knife", reason="recipient_not_permitted",
    mnc=["Vietnamese"], cats=["ethnicity", "language"])

# 79
add("BINCA", "credible_threat", "2026-03-31 07:30", "Online (WhatsApp group); Boston International Newcomers Academy",
    P("""
    Teacher report, 3/31/2026, 7:30 a.m. Several students showed me messages from a WhatsApp group where
    students buy and sell phone cases, soccer jerseys and earbuds (paid on Zelle or cash). Last night
    there was an argument about a fake Real Madrid jersey Farid sold to another boy for $45. At 11:58
    p.m. Farid wrote in the group, in English: "tomorrow he come to school and I finish him. my
    brother have the gun, I bring it in my bag, 2nd period." Another student replied "bro chill" and Farid
    answered "2nd period. wait and see."

    Farid arrived at 7:40 and was met by SSS; his bag was clean. He said he was angry and did not mean
    it. Farid's family came as refugees from Afghanistan in 2024 and he speaks Dari at home; his father
    is coming in with the Dari interpreter at 10.
    """),
    stu("Farid Ahmadi", 10, "2009-11-01", "599310"),
    "allow", recipient="bpd/district-b2",
    threat=("In a group chat the student wrote that the boy he sold a jersey to 'come to school and I finish "
            "him. my brother have the gun, I bring it in my bag, 2nd period,' and repeated '2nd period. wait "
            "and see' when told to calm down. It names a target, a weapon he says he can get and a time."),
    attachments=[("screenshot", "whatsapp_group_2358.png")],
    mnc=["refugees", "Afghanistan", "Dari"], key="WhatsApp",
    mct=["Real Madrid jersey", "2nd period", "my brother have the gun"],
    cats=["immigration_status", "national_origin", "language"], trap=True)

# 80
add("JEB", "fight", "2026-04-14 14:50", "Jeremiah E. Burke High School, front steps",
    P("""
    Two 11th graders fought on the front steps at dismissal over $80 one owed the other on Cash App for
    a pair of Jordans. Punches only; one had a bloody lip, no medical treatment. Both are suspended. One
    of the boys is Haitian and the other boy's friends have been posting about it. We want a police
    record of the fight in case it continues.
    """),
    stu("Jonathan Saint-Fleur", 11, "2009-05-27", "471826"),
    "deny", recipient="bpd/district-b2", reason="ground_not_permitted",
    mnc=["Haitian"], cats=["ethnicity"])

# 81
add("CASH", "drugs", "2026-05-01 11:20", "Community Academy of Science and Health, Room 204",
    P("""
    During a science lab Ms. Barrett noticed Cody showing a classmate a Cash App payment with the memo
    ICE CREAM followed by an ice cube emoji. She remembered an earlier rumor and told the AP. Cody
    handed over a tin with 6 clear gel capsules full of a glassy crystal substance and a small glass
    pipe. He said it was "ice" (meth), that he sells capsules for $25 and gets paid with the ICE CREAM
    memo "so my mom doesn't look twice." The nurse checked him; he was alert, pupils dilated. His mom
    came in at 1.
    """),
    stu("Cody Malone", 11, "2009-06-24", "475968"),
    "allow", recipient="bpd/district-e18", substances=["methamphetamine"],
    key="meth", mct=["ICE CREAM", "6 clear gel capsules", "glass pipe"], trap=True)

# 82
add("BHS", "weapon", "2026-01-26 13:10", "Brighton High School, 1st floor boys' bathroom",
    P("""
    This is my statement (SSS Kearney, 1/26/2026). At about 1:10 p.m. a student told me that
    Jordan was selling "a Glock with a switch" and that a kid from Boston Latin School was coming to buy
    it after school, paying $1,200 through Zelle. I found Jordan in the 1st floor boys' bathroom and
    asked him to come to the office. The AP and I searched his bag: a black Glock 19 with a small
    metal auto sear ("switch") on the back of the slide, loaded magazine, one round in the chamber. I
    cleared it and locked it in the safe; District D-14 took custody at 1:32. Jordan told us he got it
    from "an older dude off Instagram" and was "just the middleman." Jordan lives at the Lenox Street apartments
    with his mother.
    """),
    stu("Jordan Okeke", 11, "2008-12-22", "462659"),
    "allow", recipient="bpd/district-d14", weapon="firearm (Glock with auto sear)",
    mnc=["Lenox"], key="Glock 19",
    mct=["Boston Latin School", "auto sear", "one round in the chamber"], cats=["neighborhood"], trap=True)

# 83
add("EMK", "drugs", "2025-10-15 09:05", "Edward M. Kennedy Academy, front steps on The Fenway",
    P("""
    Before school on 10/15 a parent dropping off saw Rafael hand a small envelope to a man on the front
    steps and take a phone tap in return. SSS stopped Rafael inside the lobby. He had 12 small glassine
    envelopes of brown powder, each stamped "Supreme" in red, a roll of small bills, and his phone open
    to a Cash App receipt. He said the bags were heroin ("dope"), that he picks them up from "a guy on
    Snap," and that he sells only to adults who "know what they're getting." The nurse kept Narcan on
    hand. Rafael arrived from São Paulo in 2023 and lives with an uncle.
    """),
    stu("Rafael Nogueira", 12, "2008-01-07", "439227"),
    "allow", recipient="bpd/district-d4", substances=["heroin"],
    mnc=["São Paulo"], key="heroin",
    mct=["Supreme", "12 small glassine envelopes", "front steps"], cats=["national_origin"], trap=True)

# 84
add("EXCEL", "drugs", "2026-05-29 13:30", "Excel High School, senior picnic at Castle Island",
    P("""
    Senior picnic at Castle Island: a senior was selling THC gummies, a "strawberry" vape and cans of
    White Claw out of a cooler, taking Venmo. Staff confiscated 20 gummies, the vape and 9 cans. His
    father asked us to keep it quiet because the boy is "a good Muslim kid" who made a mistake.
    """),
    stu("Adam Farouk", 12, "2008-03-03", "441756"),
    "deny", recipient="bpd/district-c6", substances=["THC gummies", "vape (unknown content)", "hard seltzer"],
    reason="excluded_substance", mnc=["Muslim"], cats=["religion"])

# 85
add("SNOW", "serious_violence", "2025-12-06 18:20", "Commonwealth Ave service alley behind Massachusetts Ave",
    P("""
    Victim interview summary (prepared by AP Finnegan with the victim's mother present, 12/8/2025).

    The victim, a senior at another school, listed a used MacBook Air on Facebook Marketplace for $500.
    On Saturday 12/6 around 6:20 p.m. he met the buyer in the service alley off Commonwealth Ave. Three
    boys were waiting. The one who had done the messaging, whom the victim later recognized from the
    Cash App name "Elijah Brandt" that had been used to send a $1 "deposit," pulled a handgun and said
    "run it." When the victim hesitated Elijah struck him in the face with the gun, breaking his nose and
    knocking out a front tooth. The victim described the other two boys to police as "two Black males,
    one Hispanic male, all around 16," and said Elijah was wearing a black ski mask rolled up on his
    forehead.

    Elijah is our 11th grader. On Monday he came to school with the MacBook in his bag; SSS recovered
    it with the victim's name engraved on the lid. Elijah says he "wasn't there" and bought it from
    someone.
    """),
    stu("Elijah Brandt", 11, "2009-03-26", "480543"),
    "allow", recipient="bpd/district-d4", weapon="firearm",
    mnc=["Black males", "Hispanic"], key="handgun",
    mct=["black ski mask", "breaking his nose", "MacBook Air"], cats=["ethnicity"], trap=True)

# 86
add("BHS", "serious_violence", "2026-02-19 17:05", "Residential porch, Allston",
    P("""
    A DoorDash driver was punched and kicked on a porch while making a delivery; he was hospitalized
    with broken ribs. The homeowner's Ring camera recorded the attacker. The homeowner ran the frame
    through Amazon Rekognition and it returned our student Victor as the closest match (score 0.92).
    We are forwarding the match and the video stills for police to act on.
    """),
    stu("Victor Almeida", 11, "2009-07-09", "473995"),
    "deny", recipient="bpd/district-d14", reason="face_surveillance",
    attachments=[("face_match", "rekognition_victor_0.92.json"), ("photo", "ring_stills.zip")],
    mnc=["score 0.92", "Rekognition"], cats=["face_surveillance"])

# 87
add("EHS", "weapon", "2025-09-17 10:00", "English High School, ROTC room",
    P("""
    The JROTC instructor found a military-style tear gas canister (CS, olive drab, pin still in) in
    Samuel's locker after cadets said he was selling "real gas grenades" for $60 on Cash App. Samuel
    says he bought four from an army-surplus seller on eBay and has sold two - one to a kid at
    Brighton High. Fire Department was called and the canister was removed without incident. Samuel's
    father, who is Eritrean, came to the school and was very angry with him.
    """),
    stu("Samuel Tekle", 10, "2010-05-13", "517342"),
    "allow", recipient="bpd/district-e13", weapon="tear gas",
    mnc=["Eritrean"], key="tear gas canister",
    mct=["army-surplus seller on eBay", "pin still in", "JROTC"], cats=["ethnicity"])

# 88
add("EMK", "truancy", "2026-03-10 11:00", "Off campus",
    P("""
    Luz has missed 23 days this term. Her Instacart account (she uses her sister's) shows her shopping
    during school hours almost every day. Her mother told the attendance officer that Luz has to work
    because the family has no papers and can't get other jobs. We'd like police help getting her back in
    school.
    """),
    stu("Luz Hernández", 11, "2009-08-12", "483014"),
    "deny", recipient="bpd/district-d4", reason="ground_not_permitted",
    mnc=["no papers"], cats=["immigration_status"])

# 89
add("OBR", "drugs", "2026-02-05 14:05", "John D. O'Bryant School, Room 312 (Asian American Studies elective)",
    P("""
    In the Asian American Studies elective (Room 312) Ms. Holloway saw Minh pass a folded napkin to a
    classmate under the table. She asked for it: two white bars scored in four, which the nurse matched
    to alprazolam 2 mg. Minh's backpack had 18 more, plus two THC carts. Minh says he buys from "a plug
    on Telegram" and sells at $10 a bar and $35 a cart on Venmo, memo "notes." His Venmo shows 41 "notes"
    payments since January. He asked us not to tell his parents about the carts.
    """),
    stu("Minh Nguyen", 10, "2010-06-11", "530871", home_language="Vietnamese", interpreter_needed=True),
    "allow", recipient="bpd/district-b2", substances=["alprazolam (Xanax)", "THC cartridges"],
    mnc=["Vietnamese"], key="alprazolam",
    mct=["Asian American Studies", "scored in four", "Room 312"], cats=["language"], trap=True)

# 90
add("NM", "credible_threat", "2026-05-27 09:00", "Online (Instagram)",
    P("""
    Instagram post by a New Mission senior selling "pieces" with the caption "y'all about to see." Staff
    say he is in the Franklin Hill crew. Screenshot attached.
    """),
    stu("Kenneth Gordon", 12, "2008-04-19", "444287"),
    "deny", recipient="bpd/district-e18", reason="missing_threat_statement",
    attachments=[("screenshot", "ig_pieces_post.png")],
    mnc=["Franklin Hill crew"], cats=["gang_affiliation"])

# 91
add("TBA", "credible_threat", "2025-12-01 23:40", "Online (Discord); TechBoston Academy",
    F("""
    Safety referral - TechBoston Academy - submitted 12/2/2025 7:50 a.m. by AP Coyle

    Background: Mason (12th) runs a Discord server where he sells gaming accounts and, according to two members, 3D-printed "parts." On 11/30 a 10th grader, E.S., paid Mason $150 in Steam gift cards for a Fortnite account, then recovered the account and kept the money.
    Messages (Discord, 12/1, 11:40 p.m., screenshots attached):
    "you scammed the wrong one"
    "the printed glock is done. test fire is on you. wednesday by the gym doors"
    "tell ur mom to pick u up early if u smart"
    Mason's friend told the dean Mason "has the gun finished" and showed it on a video call last week.
    Timeline:
    - 12/2, 7:05 a.m.: E.S.'s mother calls the main office; E.S. stays home.
    - 7:50 a.m.: referral submitted; SSS posted at the gym doors.
    - 8:10 a.m.: Mason arrives, bag searched with the AP present: laptop, charger, a printed trigger guard and two springs in a pencil case. No gun.
    - 8:40 a.m.: Mason says the messages were "trash talk" and the gun is "at a friend's, not even finished." His friend's video-call account says otherwise.
    - 9:15 a.m.: Mason's father reached; he says there is a 3D printer in Mason's room and he "never checked what it makes."
    Context from counselor: Mason has been distressed since his cousin got picked up by immigration in October.
    """),
    stu("Mason Drury", 12, "2007-10-15", "432218"),
    "allow", recipient="bpd/district-c11",
    threat=("The student wrote to a classmate who scammed him that 'the printed glock is done. test fire is on "
            "you. wednesday by the gym doors' and told him to leave early. A friend says the student showed a "
            "finished 3D-printed gun on a video call. Target, place and day are named."),
    attachments=[("screenshot", "discord_dm_2340.png")],
    mnc=["immigration"], key="printed glock",
    mct=["Steam gift cards", "by the gym doors", "Fortnite account"], cats=["immigration_status"], trap=True)

# 92
add("CASH", "weapon", "2026-05-20 15:10", "Franklin Park, parking lot by the golf course clubhouse",
    P("""
    AP report, 5/21/2026.

    Yesterday at 3:10 p.m. a Franklin Park ranger called our main office: two students in our shirts
    had run off from the parking lot by the golf course clubhouse, leaving a Nike shoebox under a
    bench. Inside was a loaded black Smith & Wesson SD9 handgun. The ranger and BPD E-13 officers
    recovered it. One student, Jaylen, came back for the box and was detained; he told officers he had
    brought the gun to sell for $800 to "some kid from Instagram" who would pay "half Zelle, half cash."
    His phone shows the Instagram thread and a Zelle request for $400.

    Jaylen's mother says he doesn't hang out in the park, that they live in Franklin Field and he
    doesn't know anybody over there.
    """),
    stu("Jaylen Sutton", 10, "2009-10-13", "546130"),
    "allow", recipient="bpd/district-e13", weapon="firearm",
    mnc=["Franklin Field"], key="Smith & Wesson SD9",
    mct=["Franklin Park", "golf course clubhouse", "Zelle request for $400"], cats=["neighborhood"], trap=True)

# 93
add("HEND", "weapon", "2026-03-28 16:00", "South Bay Center, food court",
    P("""
    Mall security detained one of our 9th graders for trying to sell a butterfly knife to another teen
    in the food court; he had posted it on Snapchat with "meet @ south bay." They asked us to send the
    school's report and his record to their security office. He lives in Savin Hill with his father.
    """),
    stu("Brendan Coyne", 9, "2011-02-24", "589455"),
    "deny", recipient="allied-universal/south-bay-center", weapon="knife", reason="recipient_not_permitted",
    mnc=["Savin Hill"], cats=["neighborhood"])

# 94
add("EHS", "drugs", "2026-04-16 14:55", "Stop & Shop parking lot, Centre St, Jamaica Plain",
    P("""
    AP Ocasio, 4/16. After dismissal a parent in the Stop & Shop parking lot on Centre St in Jamaica
    Plain watched two boys in English High lanyards make a hand-to-hand exchange and called the school.
    SSS went over and found Andre-Paul with 14 blue pills stamped M 30 in a Tic Tac box. He said he
    takes payment in Steam and Roblox gift card codes "because Cash App gets flagged," then resells the
    codes online for cash. His Notes app has a list of codes and buyers. BPD E-13 field tested one pill:
    presumptive fentanyl.

    His mother, who moved him up from Kingston, Jamaica in 2023, asked for a meeting with the principal.
    """),
    stu("Andre-Paul Whyte", 10, "2010-04-02", "528804"),
    "allow", recipient="bpd/district-e13", substances=["fentanyl (counterfeit M 30 pills)"],
    mnc=["Kingston, Jamaica"], key="fentanyl",
    mct=["Jamaica Plain", "Steam and Roblox gift card", "Tic Tac box"], cats=["national_origin"], trap=True)

# 95
add("JQUS", "serious_violence", "2026-01-23 18:45", "Washington St, outside a restaurant pickup window",
    P("""
    Summary from AP Leung after speaking with the victim's employer and the student.

    On 1/23 at about 6:45 p.m. an Uber Eats courier picked up an order of Thai iced tea and pad see ew
    at a restaurant on Washington St. Two boys followed him to his scooter. One of them, Ethan (our 9th
    grader), sprayed him in the face with pepper spray from a keychain canister while the other grabbed
    the order and the courier's phone. The courier fell off the curb into traffic, was hit by a slow-
    moving car, and has a broken wrist and a chemical burn to one eye; he was treated at Tufts Medical
    Center. Ethan was identified from his own Instagram story that night, which showed the drinks and
    the caption "uber eats on me lol." Ethan's family lives in the Cathedral development, and his
    grandmother says he has been "in the street" since December.
    """),
    stu("Ethan Delgado", 9, "2010-11-27", "577063"),
    "allow", recipient="bpd/district-d4", weapon="pepper spray",
    mnc=["Cathedral development"], key="pepper spray",
    mct=["Thai iced tea", "broken wrist", "chemical burn"], cats=["neighborhood"], trap=True)

# 96
add("MH", "weapon", "2025-10-20 12:05", "Mission Hill K-8, 7th grade lunch",
    P("""
    Lunch aide statement: Bogdan had a set of three black throwing knives (about 6 inches each, sharp
    points, in a nylon holder) that he was showing at the 7th grade lunch table and saying he could sell
    "the ninja set" for $25 through his brother's TikTok Shop page. The aide took them to the office.
    Bogdan says his brother orders them and he "helps with sales" at school, Venmo to the brother. His
    mother is Ukrainian, speaks little English, and the school used a phone interpreter to reach her.
    """),
    stu("Bogdan Kovalenko", 7, "2013-01-19", "640217"),
    "allow", recipient="bpd/district-b2", weapon="knife (throwing knives)",
    mnc=["Ukrainian", "little English", "phone interpreter"], key="throwing knives",
    mct=["ninja set", "TikTok Shop", "nylon holder"], cats=["national_origin", "language"], trap=True)

# 97
add("MP", "vandalism", "2026-02-27 07:00", "Amazon Hub Locker, Melnea Cass Blvd",
    P("""
    A parcel locker bank near the school was spray-painted and two doors were kicked in overnight. One of
    our students posted a video of it on TikTok with the caption "Orchard Park don't wait for packages."
    We want police to have his name for the damage.
    """),
    stu("Terrence Wade", 11, "2009-02-28", "486699"),
    "deny", recipient="bpd/district-b2", reason="ground_not_permitted",
    mnc=["Orchard Park"], cats=["neighborhood"])

# 98
add("MUN", "credible_threat", "2026-04-21 21:15", "Online (Venmo); Margarita Muñiz Academy",
    P("""
    Ms. Lacroix, French teacher, reported at 7:45 a.m. on 4/22: a student in her French class, C.G.,
    showed her Venmo notifications from last night. Josue had requested $35 from C.G. for a pair of
    AirPods he sold her through his Instagram shop; she said they were fake and did not pay. At 9:15
    p.m. C.G. received a request with a knife emoji and the memo "pay or i slice u in french class
    tmrw." At 9:22 p.m.: "bring ur bf so i can do him too." Josue has a history of carrying a knife
    (confiscated in 2025).

    Josue's grandfather speaks K'iche' and little Spanish; a cousin interpreted at the parent meeting.
    """),
    stu("Josue Tzoc", 9, "2010-12-30", "580336"),
    "allow", recipient="bpd/district-e13",
    threat=("Student sent a classmate Venmo payment requests with a knife emoji and the memos 'pay or i slice u "
            "in french class tmrw' and 'bring ur bf so i can do him too.' He had a knife confiscated last year. "
            "The threat names the class, the day and a weapon."),
    attachments=[("screenshot", "venmo_requests_cg.png")],
    mnc=["K'iche'", "little Spanish", "interpreted"], key="Venmo",
    mct=["French class", "knife emoji", "AirPods"], cats=["language"], trap=True)

# 99
add("HEND", "drugs", "2026-06-08 10:30", "Henderson K-12 Inclusion School, upper campus library",
    P("""
    Roblox is the currency here. Librarian Ms. Greer saw Elijah and two younger students at the computers
    with the Roblox gift card redemption page open and a sandwich bag on the keyboard. The bag held 7
    blue "30" pills. Elijah said students buy "percs" from him with $25 Roblox gift cards because they
    don't have Cash App, and he resells the cards at 70% to an online exchange. His phone had pictures
    of 30+ gift card codes. The nurse took the pills into custody; BPD C-11 field test positive for
    fentanyl. He lives with his aunt near Uphams Corner.
    """),
    stu("Elijah Baptiste", 11, "2009-04-21", "467702"),
    "allow", recipient="bpd/district-c11", substances=["counterfeit Percocet (fentanyl)"],
    mnc=["Uphams Corner"], key="fentanyl",
    mct=["Roblox gift cards", "7 blue", "sandwich bag"], cats=["neighborhood"], trap=True)

# 100
add("CHS", "weapon", "2026-06-11 12:20", "Charlestown High School, 2nd floor lounge",
    P("""
    Statement of Mr. Quinlan, 11th grade teacher. At 12:20 I walked into the 2nd floor lounge and saw
    Nate reach into a Chinese takeout bag and pull out a fixed-blade knife (black, about 6 inches, a
    hunting-style blade with a gut hook) to show two boys. He said it was for sale: "$70, Venmo, I got
    two more at home." I told him to put it down on the table and he did. The AP and SSS Murray took the
    knife and the bag; the bag also held his lunch, lo mein and a fortune cookie. Nate says he orders the
    knives from an online outdoor store and sells them to "kids who want to feel safe."
    """),
    stu("Nathaniel Ward", 11, "2009-01-10", "476390"),
    "allow", recipient="bpd/district-a15", weapon="knife",
    key="fixed-blade knife", mct=["Chinese takeout bag", "gut hook", "2nd floor lounge"], trap=True)


def main():
    assert len(CASES) == 100, len(CASES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
