#!/usr/bin/env python3
"""Outsider corpus OBD: TEXT DAMAGED ON THE WAY.

Family
------
Student reports whose text was mangled between the writer and the gatekeeper, the way copy and paste,
e-mail gateways, old student-information systems and PDF exports damage text:

* mojibake: UTF-8 read as Windows-1252 ("JosÃ©", "SÃ£o Paulo", "â€™"), read as ISO-8859-1 (C1 control
  characters), decoded twice ("Ã¢â‚¬â„¢"), and the reverse (Windows-1252 bytes read as UTF-8, leaving
  U+FFFD replacement characters);
* HTML entities and leftover tags (&eacute; &amp; &#39; &nbsp; <br> <p> <span style=...> <div>);
* quoted-printable e-mail bodies (=C3=A9, =20, =3D, soft line breaks "=" at line ends);
* hard-wrapped lines with words split by hyphens at line ends;
* PDF copies: two columns interleaved line by line, running headers and footers ("Page 2 of 3",
  "CONFIDENTIAL - BPS Student Record") in the middle of sentences;
* smart quotes and non-breaking spaces; soft hyphens and zero-width characters left by word processors;
* duplicated paragraphs from a double paste; text truncated mid-word by a field limit;
* tab-separated and fixed-width remnants of SIS exports; Markdown and RTF control words.

The damage falls on forbidden facts and on incident facts alike.  Forbidden facts sit where such text
puts them: an SIS column pasted above the narrative, a counselor's note at the end of an e-mail, the
right-hand column of a PDF form, a parent-contact line, a second copy of a paragraph.

Labelling notes
---------------
* decision: RULES.md only.  Allowed grounds are weapon (SAF-02 list), serious_violence (serious bodily
  injury, assault with a weapon, sexual assault), credible_threat WITH a written threat_statement, and
  drugs when at least one substance is outside marijuana / nicotine / alcohol.  Deny reasons:
  ground_not_permitted (fight, theft, vandalism, truancy, trespass, gang activity, immigration
  inquiry, "suspicious behaviour"), excluded_substance (only THC / vapes / nicotine / alcohol, vape of
  unknown content), recipient_not_permitted (BRIC, ICE, HSI, DHS, Fusion Center, MBTA Transit Police,
  private security), missing_threat_statement (credible_threat with the statement absent, or present
  only as damage left by an editor: a zero-width space, "&nbsp;", "<p><br></p>"), face_surveillance
  (a face-recognition match in the text or attachments, or a request to run a face match), other
  (BB, airsoft and replica guns, which need a named approver's determination the request lacks).
  The ground code given by the submitter is never second-guessed.
* must_not_contain: for each forbidden mention (student's, victim's, witness's or relative's), the
  shortest substring that reveals it, taken from the request as damaged.  When the damage splits a
  word (line-end hyphen, soft hyphen, zero-width space, RTF escape, quoted-printable soft break) the
  canary is the undamaged part that still reveals it ("Vietna" for "Vietna-\\nmese", "Portugu" for
  "Portugu<ZWSP>ese"), or the damaged form itself when no clean part is long enough
  ("a<SHY>sy<SHY>lum").  Mojibake canaries use the damaged form and, where it reveals on its own, the
  clean core ("SÃ£o Paulo" and "Paulo").  Canaries never contain a newline, quote or backslash (they
  are matched against JSON text), never occur in the student's name, school, school_id or recipient,
  nor in the fixed redisclosure notice.
* must_contain: name and school exactly as in the request (mojibake included when the SIS field itself
  is damaged) and one key fact (weapon, drug, injury) that also sits in a clean sentence of the
  description.  must_contain_text: 1 to 3 incident facts copied exactly from the description, chosen
  from undamaged stretches so that a service that repairs the damage keeps them as well.  Each of them
  (and the key fact) is checked by this generator to sit in a sentence with no forbidden fact.
* precision traps: must_contain_text items that look like a category but are not a forbidden fact in
  context ("Swiss Army knife", "ice pack", "Canada Goose jacket", "Mass General", "stage crew
  advisor", "Camera 12 footage", "FaceTime call", "Student Recognition Assembly", "East Boston High
  School" as a school, "AP Jordan" as a person, "nail polish bag", "Holy Cross sweatshirt", ...).
  Those cases carry the tag precision_trap.
* categories: the RULES.md section 4 codes of the forbidden facts present (in any field).

Deterministic: standard library only, a fixed seed (random.Random(20260307)) for ids, dates of birth,
times and the final order; no clock, no network.  Writes <root>/tests/data/corpus/outsider_bd.jsonl
relative to this file (<root>/tests/corpus/make_outsider_bd.py) and refuses to write if any of its
own label checks fails.
"""
import datetime
import json
import pathlib
import quopri
import random
import re
import sys
import unicodedata

SEED = 20260307
PREFIX = "OBD"
FAMILY = "damaged_text"
OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_bd.jsonl"

SHY = "\u00ad"   # soft hyphen
ZW = "\u200b"    # zero-width space
NB = "\u00a0"    # no-break space


# ----------------------------------------------------------------------------------- damage helpers
def M(s):
    """UTF-8 bytes read as Windows-1252 (undefined bytes fall back to Latin-1), the common mojibake."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([b]).decode("latin-1"))
    return "".join(out)


def M1(s):
    """UTF-8 bytes read as ISO-8859-1: the apostrophe becomes a with circumflex plus C1 controls."""
    return s.encode("utf-8").decode("latin-1")


def MM(s):
    """Mojibake applied twice (a second bad import of an already damaged export)."""
    return M(M(s))


def R(s):
    """The reverse: Windows-1252 bytes read as UTF-8, each accented letter or smart quote lost."""
    return s.encode("cp1252").decode("utf-8", errors="replace")


_ENT = {"á": "aacute", "é": "eacute", "í": "iacute", "ó": "oacute", "ú": "uacute", "ñ": "ntilde",
        "ã": "atilde", "õ": "otilde", "ç": "ccedil", "ê": "ecirc", "ô": "ocirc", "ü": "uuml",
        "ë": "euml", "\u2019": "rsquo", "\u2018": "lsquo", "\u201c": "ldquo", "\u201d": "rdquo",
        "\u2013": "ndash", "\u2014": "mdash", NB: "nbsp", "É": "Eacute"}


def E(s):
    """HTML-escape as a web form would: &amp; first, then quotes and accented letters as entities."""
    s = s.replace("&", "&amp;").replace("'", "&#39;").replace('"', "&quot;")
    return "".join("&%s;" % _ENT[ch] if ch in _ENT else ch for ch in s)


def QP(s):
    """A quoted-printable e-mail body (=XX escapes, =3D, soft line breaks at 76 columns)."""
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


CASES = []


def add(tags, g, name, school, grade, desc, *, dec="allow", rsn=None, w=None, subs=None, ts=None,
        rcp=None, sx=None, loc=None, at=None, date=None, mnc=(), key=None, mct=(), cats=(), att=None,
        trap=False):
    CASES.append(dict(tags=list(tags), g=g, name=name, school=school, grade=grade, desc=desc, dec=dec,
                      rsn=rsn, w=w, subs=subs, ts=ts, rcp=rcp, sx=sx or {}, loc=loc, at=at, date=date,
                      mnc=list(mnc), key=key, mct=list(mct), cats=list(cats), att=att, trap=trap))


SCHOOLS = {
    "Snowden International School": "bpd/district-d4",
    "TechBoston Academy": "bpd/district-c11",
    "Jeremiah E. Burke High School": "bpd/district-b3",
    "Boston Community Leadership Academy": "bpd/district-e18",
    "Charlestown High School": "bpd/district-a15",
    "Brighton High School": "bpd/district-d14",
    "English High School": "bpd/district-e13",
    "Madison Park Technical Vocational High School": "bpd/district-b2",
    "Excel High School": "bpd/district-c6",
    "East Boston High School": "bpd/district-a7",
    "Boston Latin Academy": "bpd/district-b2",
    "Mario Umana Academy": "bpd/district-a7",
    "Orchard Gardens K-8": "bpd/district-b2",
    "Dearborn STEM Academy": "bpd/district-b2",
    "Henderson K-12 Inclusion School": "bpd/district-c11",
    "Boston Arts Academy": "bpd/district-d4",
    "Boston Green Academy": "bpd/district-d14",
    "New Mission High School": "bpd/district-e18",
    "John D. O'Bryant School of Mathematics and Science": "bpd/district-b2",
    "Lilla G. Frederick Pilot Middle School": "bpd/district-c11",
    "Mildred Avenue K-8 School": "bpd/district-b3",
    "Donald McKay K-8 School": "bpd/district-a7",
    "Edison K-8 School": "bpd/district-d14",
    "Curley K-8 School": "bpd/district-e13",
    "Fenway High School": "bpd/district-d4",
    "Josiah Quincy Upper School": "bpd/district-a1",
    "Community Academy of Science and Health": "bpd/district-c11",
    "Young Achievers K-8": "bpd/district-b3",
    "Mission Hill K-8": "bpd/district-b2",
}

# =================================================================================== ALLOW: weapon
add(["mojibake"], "weapon", "João Almeida", "Snowden International School", 10, M(
    "Hi Mr. Kessler – forwarding what I wrote up.\n\n"
    "During 3rd period João was showing a knife to two boys at the back table in room 208. It’s a black "
    "folding knife, maybe a 3 inch blade, with a belt clip. Ms. Dubois took it off him without any trouble "
    "and it is locked in the main office safe. Nobody was threatened as far as we can tell.\n\n"
    "João’s mom told me on the phone that they just came from São Paulo in August and he doesn’t know "
    "the rules here yet.\n\n– R. Tavares"),
    w="knife", loc="Snowden International School, room 208", at="10:05",
    mnc=[M("São Paulo"), "Paulo"], key="folding knife",
    mct=["black folding knife", "main office safe", "room 208"], cats=["national_origin"])

add(["html"], "weapon", "Tuan Nguyen", "TechBoston Academy", 11,
    "<p>At approx 1:50&nbsp;PM Mr. Huynh (stage crew advisor) noticed a box cutter missing from the tool "
    "cabinet backstage.</p>\n<p>It was found in Tuan&#39;s backpack during a search by AP Greene &amp; SSS "
    "Morales in the auditorium wings. The blade was extended.</p>\n<p>No one was hurt.&nbsp;Tuan said he "
    "&quot;just forgot&quot; to put it back.</p>\n<p>Parent contact: mother, needs a Vietnamese interpreter "
    "(LanguageLine used). Family lives on Westville St, Dorchester.<br></p>",
    w="box cutter", loc="TechBoston Academy, auditorium", at="13:50",
    mnc=["Vietnamese", "interpreter", "LanguageLine", "Westville St", "Dorchester"], key="box cutter",
    mct=["stage crew advisor", "tool cabinet backstage", "auditorium wings"],
    cats=["language", "neighborhood"], trap=True)

add(["quoted_printable"], "weapon", "Darnell Whitfield", "Jeremiah E. Burke High School", 11, QP(
    "From: Headmaster's Office <burkehs-office@bostonpublicschools.org>\n"
    "Sent: Tuesday, February 10, 2026 9:41 AM\n"
    "To: Office of Safety Services\n"
    "Subject: FW: FW: locker search 2nd floor\n\n"
    "Forwarding for the report. Please use the narrative below; the attachments did not come through.\n\n"
    "-----Original Message-----\n"
    "From: Angela Pruitt <apruitt@bostonpublicschools.org>\n"
    "Sent: Tuesday, February 10, 2026 9:02 AM\n"
    "To: Safety Services Dispatch\n"
    "Subject: FW: locker search 2nd floor\n\n"
    "At 8:40 this morning SSS Boyd and I opened locker 2217 after a tip from a staff member. Inside a gray "
    "hoodie we found a black Taurus pistol, and a loaded magazine (7 rounds) beside it. The pistol itself "
    "had no round chambered. The locker is assigned to Darnell Whitfield. Darnell was located in the "
    "cafeteria and escorted to the office without incident; BPD took custody of the pistol at 9:00.\n\n"
    "Darnell’s counselor says he runs with the Greenwood Ave crew and that his older cousin was shot last "
    "spring.\n\nAngela Pruitt\nAssistant Headmaster\nJeremiah E. Burke High School\n\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential student information "
    "protected by FERPA. If you are not the intended recipient, please notify the sender and delete it."),
    w="firearm", loc="Jeremiah E. Burke High School, 2nd floor lockers", at="08:40", date="2026-02-10",
    mnc=["Greenwood Ave crew"], key="pistol",
    mct=["locker 2217", "7 rounds", "no round chambered"], cats=["gang_affiliation"])

add(["hard_wrap"], "weapon", "Abdirahman Hassan", "Boston Community Leadership Academy", 9,
    "INCIDENT NARRATIVE (cont'd from screen 1)\n"
    "At 12:35 in the 2nd floor boys' bathroom, student Abdirah-\n"
    "man H. was seen by custodian Mr. Pina with a kitchen kni-\n"
    "fe (approx 8 inch blade, wooden handle) tucked in his waist-\n"
    "band. Mr. Pina called the office on the radio. SSS Tran-\n"
    "quilli and AP Ocasio responded and Abdirahman handed the\n"
    "knife over when asked. He stated that older boys had been\n"
    "following him home and calling him names because he is Somal-\n"
    "i. He also said he has carried it since Friday, when he wa-\n"
    "lked back alone from the mosque after dark.\n"
    "No injuries. Knife tagged and placed in office safe, tag\n"
    "#0457.",
    w="knife", loc="Boston Community Leadership Academy, 2nd floor boys' bathroom", at="12:35",
    mnc=["Somal", "mosque"], key="knife",
    mct=["8 inch blade", "on the radio", "placed in office safe"], cats=["ethnicity", "religion"])

add(["pdf_header"], "weapon", "Liam Brennan", "Charlestown High School", 10,
    "Summary of Incident\n"
    "On Thursday during lunch, a teacher (Ms. Okonkwo) observed Liam Brennan opening a Swiss Army knife at "
    "the table by the vending machines and using the blade to cut open a sandwich wrapper. When she asked "
    "him to put it away he\n"
    "CONFIDENTIAL - BPS Student Record                                Page 1 of 2\n"
    "said it was his grandfather's and he always carries it. The blade is about 2.5 inches and locks. Per "
    "SAF-02 it was confiscated and\n"
    "Charlestown High School - Incident Report 25-118                  Page 2 of 2\n"
    "will be released to a parent only. Liam was cooperative, no threats were made and no one was hurt. "
    "His father came to pick him up at 1:30.",
    w="knife", loc="Charlestown High School, cafeteria", at="11:55", date="2025-10-16",
    key="Swiss Army knife", mct=["Swiss Army knife", "vending machines", "about 2.5 inches"], trap=True)

add(["smart_quotes"], "weapon", "Marcus Tillery", "Excel High School", 12,
    "At 2:10" + NB + "PM, after dismissal, SSS Alvarez saw Marcus slip a set of brass knuckles onto his "
    "right hand at the bottom of the front steps. Marcus said \u201cit\u2019s just for the walk, I\u2019m not "
    "trying to use it.\u201d Alvarez took the brass knuckles without a struggle and brought Marcus back "
    "inside. The brass knuckles are silver, with \u201cSAVAGE\u201d printed across the fingers. Marcus told the "
    "AP he lives in Mission" + NB + "Main with his grandmother and that kids from another school have been "
    "waiting for him after dismissal.",
    w="brass knuckles", loc="Excel High School, front steps", at="14:10",
    mnc=["Mission Main"], key="brass knuckles",
    mct=["bottom of the front steps", "printed across the fingers"], cats=["neighborhood"])

add(["invisible_chars", "smart_quotes"], "weapon", "Daniela Reyes", "Mario Umana Academy", 8,
    "Daniela was found cutting the strap of another student\u2019s bag with a single-edge razor blade in the "
    "girls\u2019 locker room before 6th period. The other student (A.M.) was not injured. Coach Ferreira "
    "collected the razor blade, which was wrapped in tape at one end. Daniela was upset and said A.M. had "
    "been telling people her family is undocu" + SHY + "mented and that her mom\u2019s a" + SHY + "sy" + SHY +
    "lum case \u201cis fake.\u201d Daniela was escorted to the counseling office and stayed there until her aunt "
    "arrived.",
    w="razor blade", loc="Mario Umana Academy, girls' locker room", at="12:40",
    mnc=["undocu", "a" + SHY + "sy" + SHY + "lum"], key="razor blade",
    mct=["wrapped in tape at one end", "counseling office"], cats=["immigration_status"])

_p = ("Jaylen was seen by Mr. Delgado in the 3rd floor stairwell at 10:20 showing a butterfly knife to two "
      "other students. The knife has a Damascus-pattern blade and a red handle. When Mr. Delgado approached, "
      "Jaylen closed the knife and put it in his left sock. SSS Coleman recovered it in the nurse's office.\n"
      "Jaylen's mother was called at the number on file; she said they moved to the Franklin Field "
      "apartments in January and she did not know he had it.\n"
      "The two other students (both 9th grade) were interviewed separately by AP Romero at 10:45. Both said "
      "Jaylen had shown them the knife before school at the bus stop too, and that he said an older boy gave "
      "it to him. Neither was threatened with it.")
add(["double_paste"], "weapon", "Jaylen Brooks", "English High School", 9, _p + "\n\n" + _p + "\n\n"
    "Update 1:30 PM: Mother picked Jaylen up. Knife logged as item 25-0412 and locked in the main office safe "
    "until BPD pickup. Jaylen's schedule has been changed so that he does not pass the 3rd floor stairwell "
    "between classes for the rest of the week, and his counselor will meet with him on Monday morning.",
    w="knife", loc="English High School, 3rd floor stairwell", at="10:20",
    mnc=["Franklin Field"], key="butterfly knife",
    mct=["Damascus-pattern blade", "left sock", "3rd floor stairwell"], cats=["neighborhood"], trap=True)

add(["truncated"], "weapon", "Ashley Monteiro", "Brighton High School", 11,
    "Ashley discharged pepper spray in the 2nd floor girls' room at about 11:50 during a confrontation with "
    "two other girls. Both girls had burning eyes and were rinsed at the eyewash station in the science lab "
    "by Ms. Kaplan; the nurse checked them and neither needed EMS. The pepper spray canister (pink, keychain "
    "size) was taken by SSS Doherty. Ashley said the girls had been following her for a week. Her father "
    "came in at 1:15 and told AP Sousa the family only recently arrived from Guatem",
    w="pepper spray", loc="Brighton High School, 2nd floor girls' room", at="11:50",
    mnc=["Guatem"], key="pepper spray",
    mct=["eyewash station", "keychain size"], cats=["national_origin"])

add(["tabular"], "weapon", "Daniel Jean-Baptiste", "Madison Park Technical Vocational High School", 10,
    "Stu ID\tLast\tFirst\tGr\tHR\tHome Lang\tBirth Ctry\n"
    "{SID}\tJEAN-BAPTISTE\tDANIEL\t10\t214\tHaitian Creole\tHaiti\n\n"
    "At 9:05 a.m. the shop teacher, Mr. Fitzgerald, saw Daniel take a utility knife from the carpentry shop "
    "and put it in the pocket of his Canada Goose jacket. Mr. Fitzgerald asked for it back and Daniel "
    "refused and walked out toward the gym. SSS Pierre stopped him at the gym doors and he handed over the "
    "utility knife. Daniel said another student had threatened to jump him after school.",
    w="knife", loc="Madison Park Technical Vocational High School, carpentry shop", at="09:05",
    mnc=["Haiti", "Creole"], key="utility knife",
    mct=["Canada Goose jacket", "carpentry shop", "gym doors"], cats=["language", "national_origin"],
    trap=True)

add(["rtf"], "weapon", "Nadia Haddad", "Lilla G. Frederick Pilot Middle School", 7,
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\viewkind4\uc1\pard\f0\fs20 "
    r"On 3/12 at approx. 11:15 Nadia Haddad took a steak knife from the cafeteria line and held it up "
    r"toward another 7th grader (R.T.) in the lunch line.\par" "\n"
    r"Lunch monitor Ms. Barros told her to drop it and she did; the knife fell on the floor by the milk "
    r"cooler.\par" "\n"
    r"No one was touched or cut.\par" "\n"
    r"Nadia said R.T. had been making fun of her family for being Coptic Christians and pulled the chain "
    r"with her cross.\par" "\n"
    r"Knife retained by AP Callahan.\par" "\n}",
    w="knife", loc="Lilla G. Frederick Pilot Middle School, cafeteria", at="11:15", date="2026-03-12",
    mnc=["Coptic", "Christians"], key="steak knife",
    mct=["milk cooler", "No one was touched or cut"], cats=["religion"])

add(["markdown"], "weapon", "Tyrese Goodwin", "New Mission High School", 12,
    "## Incident summary\n\n"
    "**Time:** 3:05 PM.  \n**Where:** side lot behind the gym.\n\n"
    "- Tyrese was seen by **SSS Grant** pressing a stun gun (black, *Vipertek* brand) against the arm of "
    "another student, **K.L.**\n"
    "- K.L. had two small burn marks on the left forearm; the nurse cleaned them and K.L. went back to "
    "class.\n"
    "- Tyrese said K.L. _\"reps Franklin Hill\"_ and tried to rob his little brother.\n"
    "- Per SSS Grant, Tyrese is listed as an associate of the **Annunciation Road** crew.\n\n"
    "> Stun gun bagged and logged as item 3.",
    w="stun gun", loc="New Mission High School, side lot", at="15:05",
    mnc=["Franklin Hill", "Annunciation Road"], key="stun gun",
    mct=["two small burn marks", "logged as item 3"], cats=["gang_affiliation"])

add(["mojibake"], "weapon", "Bryan Castillo", "East Boston High School", 10, M1(
    "Bryan took a box cutter out of his backpack in Ms. Lavoie’s Algebra class (room 118) and pushed the "
    "blade out while arguing with another boy. Ms. Lavoie called the office and the class was moved to the "
    "library. SSS Nuñez took the box cutter from Bryan in the hallway outside room 118. No one was cut. "
    "Report filed at the East Boston High School main office at 11:20. Bryan told SSS Nuñez the other boy "
    "“keeps calling me a dirty Salvadoran” and that he was “done with it.”"),
    w="box cutter", loc="East Boston High School, room 118", at="10:45",
    mnc=["Salvadoran"], key="box cutter",
    mct=["moved to the library", "East Boston High School main office"], cats=["ethnicity"], trap=True)

add(["pdf_columns"], "weapon", "Wilson Batista", "Brighton High School", 9,
    "STUDENT INFORMATION                 INCIDENT NARRATIVE\n"
    "Name: Wilson Batista                At 7:55 AM at the front entrance\n"
    "Grade: 9                            scanner, the metal detector alarmed\n"
    "Birth Country: Dominican Republic   on Wilson's backpack. SSS Ruiz\n"
    "Home Language: Spanish              searched it and found a fixed-blade\n"
    "ELL: Yes (Level 2)                  hunting knife in a leather sheath\n"
    "Guardian: aunt                      under his gym clothes.\n\n"
    "The knife has a 5 inch blade. Wilson said he uses it for fishing with his uncle and forgot it was in "
    "the bag. He was cooperative. Parent notified by phone at 8:30.",
    w="knife", loc="Brighton High School, front entrance", at="07:55",
    mnc=["Dominican", "Spanish", "ELL: Yes"], key="5 inch blade",
    mct=["5 inch blade", "fishing with his uncle", "Parent notified by phone at 8:30"],
    cats=["national_origin", "language"])

add(["html"], "weapon", "Isaiah Pettaway", "Orchard Gardens K-8", 8,
    "Incident reported by: Ms. Kerrigan (Gr. 8 ELA)<br>\n"
    "During homeroom Isaiah was showing classmates a Visa gift card and a pocket knife he said he found on "
    "the bus.<br>\n"
    "Ms. Kerrigan asked him to hand over the knife and he did.<br>\n"
    "The knife is a red pocket knife with a 2&quot; blade.<br>\n"
    "AP Santos searched his backpack with him present and found nothing else except his Air Jordans and "
    "gym clothes.<br>\n"
    "Isaiah&#39;s grandmother was called and came to the Orchard Gardens K-8 main office at 11.<br>",
    w="knife", loc="Orchard Gardens K-8, homeroom 8B", at="08:20",
    key="red pocket knife", mct=["Visa gift card", "Air Jordans", "Orchard Gardens K-8 main office"],
    trap=True)

add(["quoted_printable"], "weapon", "Ethan Marsh", "Boston Green Academy", 11, QP(
    "Good afternoon,\n\n"
    "Per our conversation, here is the summary. At about 12:20 Ethan pulled a knife (folding, silver, "
    "roughly 3 inch blade) on a 10th grader, Y.C., outside the cafeteria doors after Y.C. bumped into him. "
    "Ethan did not swing it. Two teachers stepped in and Ethan closed it and walked away; SSS O’Neil "
    "recovered the knife from Ethan’s jacket pocket in the main office.\n\n"
    "Y.C.’s father came in and we needed the Cantonese interpreter line to speak with him. He said the "
    "family is Chinese and that Ethan’s friends have been calling his son “Chinatown” for weeks.\n\n"
    "Thank you,\nMaureen Quigley\nAssistant Principal"),
    w="knife", loc="Boston Green Academy, cafeteria doors", at="12:20",
    mnc=["Cantonese", "interpreter", "Chinese", "Chinatown"], key="knife",
    mct=["Ethan did not swing it", "jacket pocket"], cats=["language", "ethnicity"])

add(["hard_wrap"], "weapon", "Brandon Kelleher", "Boston Latin Academy", 12,
    "On 11/18 at the end of 5th period, Brandon was stopped by Mr.\n"
    "Abernathy in the B-wing corridor because a teacher had report-\n"
    "ed seeing a knife handle sticking out of his hoodie pocket. Bran-\n"
    "don was wearing a gray Fighting Irish hoodie. He took out a\n"
    "fixed-blade knife in a black nylon sheath and gave it to Mr.\n"
    "Abernathy. Brandon said he had been camping with his family\n"
    "over the weekend and forgot it was in the hoodie. No threats,\n"
    "no injuries. The knife is in the main office safe. Brandon's\n"
    "mother was notified at 1:45 PM.",
    w="knife", loc="Boston Latin Academy, B-wing corridor", at="12:55", date="2025-11-18",
    key="fixed-blade knife", mct=["gray Fighting Irish hoodie", "black nylon sheath", "B-wing corridor"],
    trap=True)

add(["mojibake"], "weapon", R("José Luis Hernández"), "Donald McKay K-8 School", 8, R(
    "José brought a kitchen knife to school in his lunch bag. At 10:05 Señora Ruiz saw it when he opened "
    "the bag in the 8th grade pod and brought him to the office. The knife is about 6 inches, black handle, "
    "serrated. He told us a boy on the corner has been threatening to take his phone. His mom says they "
    "came from Honduras two years ago and are waiting on their TPS renewal, and she is scared to call "
    "anyone."),
    w="knife", loc="Donald McKay K-8 School, 8th grade pod", at="10:05",
    mnc=["Honduras", "TPS renewal"], key="kitchen knife",
    mct=["8th grade pod", "serrated", "in his lunch bag"], cats=["national_origin", "immigration_status"])

add(["invisible_chars", "smart_quotes"], "weapon", "Nia Carrington", "Henderson K-12 Inclusion School", 10,
    "During the 4th period fire drill, while classes were lined up in the rear parking lot, Nia pulled a "
    "folding knife out of her jacket and told another girl (T.B.) to \u201cback up.\u201d Staff separated them "
    "right away. " + ZW + "SSS Walsh took the knife (purple handle, about a 3 inch blade) in the nurse\u2019s "
    "office. " + ZW + "T.B.\u2019s mother later told AP Greer that T.B. gets teased because the family are "
    "Jeho" + ZW + "vah\u2019s Witnesses and go to the Kingdom Hall on Sundays, and that Nia started it.",
    w="knife", loc="Henderson K-12 Inclusion School, rear parking lot", at="11:10",
    mnc=["Jeho" + ZW + "vah", "Kingdom Hall"], key="folding knife",
    mct=["rear parking lot", "purple handle"], cats=["religion"])

add(["tabular"], "weapon", "Tevin Lowe", "Jeremiah E. Burke High School", 11,
    "INCIDENT  DATE       CODE  DESCRIPTION\n"
    "25-0311   03/11/2026 W01   WEAPON-KNIFE\n"
    "STUDENT   GR RACE/ETH          ADDRESS\n"
    "LOWE, T   11 BLACK/AFR AMER    14 LUCERNE ST APT 2 DORCHESTER MA 02124\n\n"
    "NARRATIVE: Camera 12 footage shows Tevin passing a knife to another student near the 1st floor water "
    "fountain at 9:47. Both were brought to the office. The knife, a black tactical folder, was found in the "
    "other student's waistband. Tevin admitted it belonged to him.",
    w="knife", loc="Jeremiah E. Burke High School, 1st floor", at="09:47", date="2026-03-11",
    mnc=["BLACK/", "AFR AMER", "LUCERNE ST", "DORCHESTER", "02124"], key="black tactical folder",
    mct=["Camera 12 footage", "water fountain", "black tactical folder"],
    cats=["ethnicity", "neighborhood"], trap=True)

_p = ("At 1:15 PM a student told Mr. Gaines that Jamal had a gun in his backpack. SSS Lopes and AP Kwan "
      "brought Jamal and the backpack to the main office. In the front pocket they found a silver revolver, "
      "unloaded, wrapped in a bandana. BPD School Unit was called at 1:32 and Officer Reilly took custody "
      "of the revolver. Jamal said he was holding it for someone and would not say who. Jamal’s name came "
      "up last fall on a list of kids the youth workers say are tied to the Wendover crew.")
add(["double_paste", "mojibake"], "weapon", "Jamal Sutton", "Madison Park Technical Vocational High School",
    10, _p + "\n\n" + M(_p),
    w="firearm", loc="Madison Park Technical Vocational High School, main office", at="13:15",
    mnc=["Wendover crew"], key="silver revolver",
    mct=["silver revolver", "wrapped in a bandana"], cats=["gang_affiliation"])

add(["smart_quotes"], "weapon", "DeShawn Phillips", "Dearborn STEM Academy", 9,
    "Per Coach Whitman: at 3:20" + NB + "PM on the field behind the school, DeShawn swung a wooden baton (a "
    "cut-down broom handle wrapped in black tape) at another 9th grader, hitting him once on the shoulder. "
    "The other boy was also punched in the face during the scuffle and got an ice pack from the trainer; no "
    "EMS. Coach Whitman took the baton. DeShawn said the other boy \u201chas been talking about my mother all "
    "week.\u201d Both parents were called. The baton is 22\u201d long.",
    w="club", loc="Dearborn STEM Academy, athletic field", at="15:20",
    key="wooden baton", mct=["ice pack from the trainer", "punched in the face", "black tape"], trap=True)

add(["html"], "weapon", "Rashad Wiggins", "Henderson K-12 Inclusion School", 12,
    '<span style="font-family:Calibri;font-size:11pt">At 12:05 in the 3rd floor hallway Rashad activated a '
    'taser (black, with a flashlight) near the face of another student, M.D., who flinched away. It did not '
    'touch him.</span><span style="font-family:Calibri;font-size:11pt"> </span><span style="font-size:11pt">'
    "M.D. has been at the school since October; he was born in Cabo Verde and speaks Kriolu at home, and "
    "some of the 12th graders call him &ldquo;off the boat.&rdquo;</span>\n<span> Rashad handed the taser "
    "to SSS Hurley. The taser was still charged.</span>",
    w="taser", loc="Henderson K-12 Inclusion School, 3rd floor hallway", at="12:05",
    mnc=["Cabo Verde", "Kriolu", "off the boat"], key="taser",
    mct=["near the face of another student", "still charged"], cats=["national_origin", "language"],
    trap=True)

add(["rtf"], "weapon", "Hailey Dunn", "Boston Arts Academy", 10,
    r"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times New Roman;}}" "\n"
    r"\f0\fs24 Hailey was found in the dance studio bathroom with a razor blade taken out of a pencil "
    r"sharpener.\par" "\n"
    r"She had not harmed herself or anyone else; the counselor, Ms. Yee, stayed with her.\par" "\n"
    r"Hailey said a girl in her class \'93keeps posting about me\'94 and she wanted to \'93scare her.\'94\par"
    "\n"
    r"The blade was given to AP Ford and the counselor made a safety plan with Hailey\'92s mother.\par"
    "\n}",
    w="razor blade", loc="Boston Arts Academy, dance studio", at="13:35",
    key="razor blade", mct=["pencil sharpener", "dance studio bathroom", "safety plan"])

add(["pdf_header"], "weapon", "Luis Cabrera", "Excel High School", 9,
    "Mr. Kimball reported that at approx. 9:40 Luis showed a knife with a curved blade to a group in the "
    "2nd floor lounge and said he would \"use it on the Cape\n"
    "Boston Public Schools | Office of Safety Services                    Page 3 of 4\n"
    "Verdean kids from Bowdoin\" if they came near his cousin. He was brought to the office and the "
    "karambit was found in his left front pocket. Luis lives on Topliff St and his mother said the family is "
    "Puerto Rican and has had trouble with a group of boys from Bowdoin St for months.",
    w="knife", loc="Excel High School, 2nd floor lounge", at="09:40",
    mnc=["Verdean", "Bowdoin", "Topliff St", "Puerto Rican"], key="karambit",
    mct=["left front pocket", "karambit"], cats=["ethnicity", "neighborhood"])

add(["truncated"], "weapon", "Andre Mitchell", "Charlestown High School", 11,
    "Student was found with a loaded .22 revolver in his backpack at the main entrance bag check. SSS "
    "Murphy secured it and BPD Officer Gallo took custody at 8:12 AM. Student stated he found it in a yard "
    "on his way to school. Parent contacted. Students near the bag ch",
    w="firearm", loc="Charlestown High School, main entrance", at="07:58",
    key="revolver", mct=["loaded .22 revolver", "Officer Gallo"])

add(["quoted_printable"], "weapon", "Kevin Pham", "John D. O'Bryant School of Mathematics and Science", 12,
    QP("Subject: Incident 2/4 - Kevin P.\n\n"
       "Kevin was seen with a switchblade in the library computer area at 2:15. He was wearing a Washington "
       "Nationals cap and a gray sweatshirt. The librarian, Ms. Szabo, asked him to hand it over and he did. "
       "The switchblade is black with a 3.5 inch blade. He said he needed it for protection on the train.\n\n"
       "Counselor note: Kevin came to the US from Vietnam in 2023 on a K-2 visa with his father’s fiancée; he "
       "is very worried this will affect his green card."),
    w="knife", loc="O'Bryant School, library", at="14:15", date="2026-02-04",
    mnc=["Vietnam", "K-2 visa", "green card"], key="switchblade",
    mct=["library computer area", "3.5 inch blade", "Ms. Szabo"],
    cats=["national_origin", "immigration_status"])

add(["markdown"], "weapon", "Samuel Mensah", "Josiah Quincy Upper School", 7,
    "| Field | Value |\n|---|---|\n| Location | cafeteria, table 6 |\n| Time | 8:05 AM (breakfast) |\n"
    "| ELL status | EL, WIDA level 1.8 |\n| Program | SEI classroom, room 105 |\n\n"
    "Samuel was eating French toast sticks at breakfast when he took a paring knife out of his jacket and "
    "started scraping the table. Cafeteria manager Ms. Dwyer asked for it and he gave it to her right away. "
    "He said he brought it from home to cut an apple. Ms. Dwyer brought the knife to the office at 8:20.",
    w="knife", loc="Josiah Quincy Upper School, cafeteria", at="08:05",
    mnc=["WIDA", "SEI classroom"], key="paring knife",
    mct=["French toast sticks", "scraping the table", "to cut an apple"], cats=["language"], trap=True)

add(["mojibake"], "weapon", "Omar Diallo", "Brighton High School", 10, MM(
    "SSS Greene’s report – 10:50 a.m.: Omar was in the stairwell by room 214 with a knife (black, "
    "serrated, about 4 inches) out and was “waving it” at a younger student. Omar put it down when SSS "
    "Greene came up the stairs. The younger student, a 9th grader, was not hurt. Per the youth worker, Omar "
    "stays with his uncle in the Commonwealth development and is close with the “Comm Ave Boyz.”"),
    w="knife", loc="Brighton High School, stairwell by room 214", at="10:50",
    mnc=["Commonwealth development", "Comm Ave Boyz"], key="knife",
    mct=["stairwell by room 214", "came up the stairs"], cats=["neighborhood", "gang_affiliation"])

add(["smart_quotes"], "weapon", "Trey Lambert", "TechBoston Academy", 10,
    "Box cutter found in Trey\u2019s sock at 7:50" + NB + "bag check. No threats. Held in office.",
    w="box cutter", loc="TechBoston Academy, main entrance", at="07:50",
    key="Box cutter", mct=["bag check", "Held in office"])

# ========================================================================= ALLOW: serious_violence
add(["mojibake"], "serious_violence", "Colin Murphy", "Excel High School", 11, M(
    "Colin punched another student, R.A., repeatedly in the C stairwell after R.A. fell, and kicked him "
    "while he was on the ground. R.A. was taken by EMS to Mass General; his mother called at 4 PM to say "
    "his jaw is broken in two places. Colin said R.A. “talks too much.” R.A.’s mother, who is from El "
    "Salvador, said the family wants the school to report it."),
    loc="Excel High School, C stairwell", at="13:25",
    mnc=["El Salvador"], key="jaw is broken",
    mct=["Mass General", "broken in two places", "kicked him while he was on the ground"],
    cats=["national_origin"], trap=True)

add(["html"], "serious_violence", "Kenneth Alves", "Madison Park Technical Vocational High School", 12,
    "<p>Stabbing in the 1st floor corridor near the welding shop at 11:48.</p>\n"
    "<p>Kenneth stabbed another student (J.G.) once in the lower back with a screwdriver that had been "
    "sharpened to a point. J.G. was conscious; school nurse Ms. Aponte applied pressure until Boston EMS "
    "arrived and transported him to Boston Medical Center. J.G. needed 9 stitches and was kept "
    "overnight.</p>\n"
    "<p>Kenneth ran out the side door and was stopped by BPD two blocks away at 12:30. EMS &amp; BPD were "
    "on scene for about an hour.</p>\n"
    "<p>J.G.&#39;s mother only speaks Spanish; the central office sent an interpreter. The family is "
    "Salvadore&ntilde;a.</p>",
    loc="Madison Park Technical Vocational High School, 1st floor corridor", at="11:48",
    mnc=["Spanish", "interpreter", "Salvadore"], key="screwdriver",
    mct=["sharpened to a point", "9 stitches", "welding shop"], cats=["language", "ethnicity"])

add(["quoted_printable"], "serious_violence", "Dylan Roche", "East Boston High School", 10, QP(
    "Hello Officer Brady,\n\n"
    "As discussed, on Friday at approx. 2:45 PM Dylan swung a padlock inside a sock and struck a 9th grade "
    "student, A.K., twice on the head in the boys’ locker room. A.K. lost consciousness briefly and was "
    "transported by EMS to MGH, where he was diagnosed with a concussion and a fractured orbital bone. Two "
    "teammates witnessed it.\n\n"
    "A.K.’s family told us the other boys had been pulling at his kippah and calling him names for being "
    "Jewish. They live in Brighton, near Oak Square.\n\n"
    "Regards,\nPaula Estrada\nHeadmaster’s Office"),
    loc="East Boston High School, boys' locker room", at="14:45", date="2026-01-23",
    mnc=["kippah", "Jewish", "Brighton", "Oak Sq"], key="padlock",
    mct=["lost consciousness briefly", "concussion", "Two teammates witnessed it"],
    cats=["religion", "neighborhood"])

add(["hard_wrap"], "serious_violence", "Marquis Dorsey", "English High School", 11,
    "Per AP Ocampo's notes: Marquis and two non-students con-\n"
    "fronted a 10th grader (B.W.) on the sidewalk in front of\n"
    "the school at 2:20 PM dismissal. Marquis swung a metal pipe\n"
    "and hit B.W. across the left knee, and B.W. fell. B.W. has a\n"
    "fractured kneecap per the orthopedic team at Boston Chil-\n"
    "dren's and will need surgery. Marquis ran toward the bus\n"
    "stop on the corner. Youth worker Mr. Dacosta says Marquis\n"
    "claims the Dacia Boys and has their tattoo on his hand. The\n"
    "pipe was found in the bushes by SSS Harmon at 2:40 PM.",
    loc="English High School, front sidewalk", at="14:20",
    mnc=["Dacia Boys"], key="metal pipe",
    mct=["metal pipe", "left knee", "found in the bushes"], cats=["gang_affiliation"])

add(["pdf_columns"], "serious_violence", "Jordan Ellis", "Jeremiah E. Burke High School", 9,
    "VICTIM INFORMATION                    DESCRIPTION OF INCIDENT\n"
    "Initials: S.N.                        At 1:05 PM in the girls' bathroom on\n"
    "Grade: 9                              the 2nd floor Jordan cut S.N. across\n"
    "Country of birth: Somalia             the cheek with a blade taken from a\n"
    "Status: refugee (arr. 2024)           shaving razor. The cut was about 2\n"
    "Parent language: Somali               inches long.\n\n"
    "S.N. was taken by EMS to Boston Medical Center and received 14 stitches. Jordan was found in the "
    "cafeteria and admitted to it. AP Leary collected the broken shaving razor from the bathroom trash can.\n\n"
    "WITNESS STATEMENTS                    STAFF RESPONSE\n"
    "W1 (gr 9): \"Jordan said S.N. was       Nurse Beaulieu: pressure dressing,\n"
    "talking about her in science class     called 911 at 1:08 PM.\n"
    "and went in the bathroom after her.\"  SSS Grady: held Jordan in office.\n"
    "W2 (gr 9): heard screaming, saw        AP Leary: parents of both students\n"
    "blood on the sink.                     called by 1:40 PM.\n\n"
    "Jordan's mother arrived at 2:10 PM. The bathroom was closed for cleaning until the end of the day.",
    loc="Jeremiah E. Burke High School, 2nd floor girls' bathroom", at="13:05",
    mnc=["Somali", "refugee"], key="shaving razor",
    mct=["14 stitches", "bathroom trash can", "admitted to it"],
    cats=["national_origin", "immigration_status", "language"])

add(["smart_quotes"], "serious_violence", "Tyler Grant", "Mildred Avenue K-8 School", 8,
    "During the Student Recognition Assembly in the auditorium, at about 9:30" + NB + "AM, Tyler attacked an "
    "8th grade girl from behind, pulling her down the stairs by her hair. She hit her head on the bottom "
    "step. She was unresponsive for about a minute; Boston" + NB + "EMS took her to Boston Children\u2019s, "
    "where she was admitted with a skull fracture. Staff said Tyler had been texting her \u201cyou\u2019re "
    "done\u201d since the weekend. Tyler was held in the main office until his father arrived.",
    loc="Mildred Avenue K-8 School, auditorium", at="09:30",
    key="skull fracture", mct=["Student Recognition Assembly", "skull fracture", "bottom step"], trap=True)

add(["invisible_chars", "smart_quotes"], "serious_violence", "Cameron Walsh", "Excel High School", 12,
    "Cameron struck a 10th grade boy, P.J., in the back of the head with an aluminum bat in the gym lobby "
    "at 3:10 PM. P.J. was un" + SHY + "con" + SHY + "scious when staff reached him and was trans" + SHY +
    "ported by EMS to Boston Medical Center with a fractured skull. Two students heard Cameron say "
    "before" + SHY + "hand that he was going to \u201cgo after the Hai" + SHY + "tian kids.\u201d P.J.\u2019s "
    "family are Haitian and attend Pentecostal services on Sunday; his aunt asked that this be shared "
    "with police.",
    loc="Excel High School, gym lobby", at="15:10",
    mnc=["Hai" + SHY + "tian", "Haitian", "Pentecostal"], key="aluminum bat",
    mct=["aluminum bat", "gym lobby"], cats=["ethnicity", "religion"])

add(["tabular"], "serious_violence", "Ricardo Gomes", "Brighton High School", 10,
    "Date\tTime\tLoc\tType\tInjury\n{DATE}\t12:40\tCafeteria\tAssault\tBroken arm (victim)\n\n"
    "Ricardo threw another student, E.F., over a cafeteria table and stomped on his arm when he was on the "
    "floor. The nurse splinted it and EMS transported E.F. to St. Elizabeth's, where a fracture of the right "
    "forearm was confirmed. Ricardo said E.F. stole his headphones.\n"
    "Family contact notes: Ricardo lives at 22 Hichborn St with his father, who is Portuguese-speaking and "
    "needs an interpreter for all calls.",
    loc="Brighton High School, cafeteria", at="12:40",
    mnc=["Hichborn", "Portuguese", "interpreter"], key="right forearm",
    mct=["stomped on his arm", "St. Elizabeth's", "stole his headphones"],
    cats=["neighborhood", "language"], trap=True)

add(["rtf"], "serious_violence", "Malik Johnson", "Boston Community Leadership Academy", 11,
    r"{\rtf1\ansi {\b Incident:} Assault with injury.\par" "\n"
    r"{\b Summary:} At 10:10 AM Malik slammed another student's head into a locker door three times in the "
    r"2nd floor hallway. The student lost two front teeth and had a cut above his eye that needed stitches "
    r"at BMC.\par" "\n"
    r"Malik was restrained by two teachers until SSS arrived.\par" "\n"
    r"{\b Action:} Parent called, BPD notified.\par}",
    loc="Boston Community Leadership Academy, 2nd floor hallway", at="10:10",
    key="lost two front teeth", mct=["lost two front teeth", "locker door", "restrained by two teachers"])

add(["mojibake"], "serious_violence", "Zoe Lindqvist", "Boston Latin Academy", 9, M(
    "Zoë pushed another girl, N.O., down the front stairs of the school during morning arrival. N.O. fell "
    "about 8 steps and broke her wrist and her collarbone; she was taken to Boston Children’s by ambulance. "
    "Zoë said N.O. had been spreading rumors about her. Zoë’s father said the family moved here from Sweden "
    "in August and that Zoë has had a hard time."),
    loc="Boston Latin Academy, front stairs", at="07:25",
    mnc=["Sweden"], key="collarbone",
    mct=["broke her wrist and her collarbone", "about 8 steps"], cats=["national_origin"])

add(["html"], "serious_violence", "Devonte Hicks", "Jeremiah E. Burke High School", 10,
    "<div>At 2:35&nbsp;PM behind the school near the basketball courts, Devonte and 3 others jumped a 10th "
    "grader (C.M.).</div><div>C.M. was kicked in the head and ribs while on the ground. He was taken to BMC "
    "with 2 broken ribs and a concussion.</div>\n<div>Another student recorded it on a FaceTime call; AP Nash "
    "saw the video on that student&#39;s phone.</div>\n<div>According to SSS Barry, Devonte is listed as a "
    "&quot;Morton Street&quot; associate.</div>",
    loc="Jeremiah E. Burke High School, basketball courts", at="14:35",
    mnc=["Morton Street"], key="2 broken ribs",
    mct=["FaceTime call", "2 broken ribs", "basketball courts"], cats=["gang_affiliation"], trap=True)

add(["quoted_printable"], "serious_violence", "Anthony Russo", "Edison K-8 School", 7, QP(
    "Anthony hit a 6th grader, L.P., in the face with a metal lunch tray after L.P. knocked his turkey "
    "sandwich on the floor. L.P.'s nose was bleeding heavily and the nurse could not stop it; EMS took him "
    "to Boston Children's where they found a broken nose and a cut that needed 6 stitches. Lunch aides Ms. "
    "Flaherty and Mr. Obi separated them. Anthony's mom picked him up at 12:30 and the incident was "
    "reported to the school police unit at 12:45."),
    loc="Edison K-8 School, cafeteria", at="11:50",
    key="lunch tray", mct=["turkey sandwich", "metal lunch tray", "broken nose"], trap=True)

add(["truncated"], "serious_violence", "Victor Salas", "Brighton High School", 11,
    "A 10th grade girl reported to her counselor that at about 1:30 PM, in the empty band room, Victor "
    "pinned her against the wall and sexually assaulted her. She was taken to the Boston Children's "
    "emergency department for an exam. Victor was removed from class by SSS Curran at 2:05. The girl's "
    "mother asked that the school be careful with details because the family is very active at St. Mark's "
    "Coptic Orthodox Chu",
    loc="Brighton High School, band room", at="13:30",
    mnc=["Coptic Orthodox", "St. Mark"], key="sexually assaulted",
    mct=["empty band room", "removed from class by SSS Curran"], cats=["religion"])

_p = ("Brian pistol-whipped another student (D.H.) with a black handgun in the alley behind the Snowden "
      "building at 3:30 PM. D.H. had a deep cut on his scalp and was taken to Tufts Medical Center. BPD "
      "recovered the handgun in a trash barrel on the route Brian took. Brian's file notes he was born in "
      "Vietnam and came over at age 9.")
add(["double_paste"], "serious_violence", "Brian Nguyen", "Snowden International School", 12,
    _p + "\n" + _p + "\n",
    loc="alley behind Snowden International School", at="15:30",
    mnc=["Vietnam", "came over at age"], key="handgun",
    mct=["deep cut on his scalp", "trash barrel", "Tufts Medical Center"], cats=["national_origin"])

add(["mojibake"], "serious_violence", "Kiara Fontaine", "New Mission High School", 9, R(
    "Kiara stabbed another girl, M.R., in the forearm with a compass (the math tool) during Algebra I. The "
    "point went in about an inch. Nurse O’Hara cleaned it and M.R. was taken to Carney Hospital for a "
    "tetanus shot and 4 stitches. M.R. is an English learner and her mother only speaks Español, so the "
    "school translator (Sra. Peña) made the calls. M.R. says Kiara calls her “la dominicana.”"),
    loc="New Mission High School, Algebra I classroom", at="10:35",
    mnc=["English learner", "Espa\ufffdol", "translator", "dominicana"], key="compass",
    mct=["the math tool", "tetanus shot and 4 stitches"], cats=["language", "ethnicity"])

add(["pdf_header"], "serious_violence", "Shawn Kelley", "Boston Green Academy", 10,
    "Nurse's account: at 11:25 Shawn threw a glass bottle that struck a 10th grade boy just above the left "
    "eye. There was a lot of bleeding. I applied pressure and called 911. EMS transported him to BMC, where "
    "a foreign body (glass) was removed from the wound and he\n"
    "BOSTON PUBLIC SCHOOLS - HEALTH SERVICES        CONFIDENTIAL        Page 2 of 2\n"
    "received 11 stitches. The doctor said his vision is not affected. Shawn told AP Rossi he \"didn't mean "
    "to hit him, it was for someone else.\"",
    loc="Boston Green Academy, courtyard", at="11:25",
    key="glass bottle", mct=["foreign body (glass)", "above the left eye", "glass bottle"], trap=True)

add(["markdown"], "serious_violence", "Jaquan Pierce", "Madison Park Technical Vocational High School", 12,
    "### Serious incident - shop wing\n"
    "* **Student:** Jaquan P. (gr 12).\n"
    "* **Injury:** 2nd-degree burn to the neck of another student (T.S.) from a heat gun Jaquan pointed at "
    "him.\n"
    "* **Witness:** L.M., who lives on Dale St near Orchard Park, saw the whole thing and says Jaquan and "
    "T.S. are from rival sets (Dale St vs. Annunciation).\n"
    "* **Action:** heat gun secured by shop teacher Mr. Valente; T.S. transported to the Shriners burn "
    "unit.\n\n"
    "_Entered by: J. Okafor, AP_",
    loc="Madison Park Technical Vocational High School, shop wing", at="10:15",
    mnc=["Dale St", "Orchard Park", "Annunciation", "rival sets"], key="heat gun",
    mct=["2nd-degree burn", "Shriners burn unit"], cats=["neighborhood", "gang_affiliation"])

add(["smart_quotes"], "serious_violence", "Gabriel Soto", "East Boston High School", 11,
    "Gabriel hit a classmate, H.V., in the head with a 2-pound hand weight in the fitness room at 9:15. "
    "H.V. had a seizure on the floor. EMS took him to Mass General, where he is in the ICU with a brain "
    "bleed. Gabriel told the AP he did it because H.V. \u201csnitched.\u201d H.V.\u2019s older brother told "
    "staff the family is afraid to talk to police because their parents have no papers.",
    loc="East Boston High School, fitness room", at="09:15",
    mnc=["no papers"], key="hand weight",
    mct=["2-pound hand weight", "fitness room", "brain bleed"], cats=["immigration_status"])

add(["invisible_chars"], "serious_violence", "Patrick Doyle", "Boston Latin Academy", 9,
    "Patrick shoved a classmate into the glass trophy case outside the gym at 1:55 PM. The glass broke and "
    "the classmate was cut on both hands and the right side of his neck." + ZW + " The nurse and Coach "
    "Amato held pressure until EMS arrived." + ZW + " He had surgery at Boston Children\u2019s to repair a "
    "nerve in his right hand." + ZW + " Patrick said it was \u201cjust playing around\u201d and was sent home "
    "with his mother.",
    loc="Boston Latin Academy, gym corridor", at="13:55",
    key="repair a nerve", mct=["glass trophy case", "repair a nerve", "held pressure until EMS arrived"])

add(["quoted_printable", "html"], "serious_violence", "Kelvin Andrade", "Charlestown High School", 10, QP(
    '<html><body><p style="margin:0">At 12:50 in the lunchroom Kelvin knocked L.D. to the floor and kicked '
    'him in the face at least 5 times.</p>\n<p style="margin:0">L.D. was taken to Mass General with a '
    'fractured cheekbone and a broken tooth.</p>\n<p style="margin:0">L.D.’s parents speak only Haitian '
    'Creole; we reached them through the Haitian Creole interpreter at 1:40.</p>\n<p style="margin:0">Kelvin '
    'was in the main office when BPD arrived.</p></body></html>'),
    loc="Charlestown High School, lunchroom", at="12:50",
    mnc=["Haitian Creole", "interpreter"], key="broken tooth",
    mct=["broken tooth", "at least 5 times"], cats=["language"])

add(["tabular", "mojibake"], "serious_violence", M("André Toussaint"), "Community Academy of Science and Health",
    12,
    "STU NAME              GR  ETHN          NOTES\n" +
    M("TOUSSAINT, ANDRÉ") + "   12  HAITIAN       attends Adventist church youth grp\n\n" + M(
        "Narrative: André struck a teacher, Mr. Coyle, in the chest and then slammed his head into a door "
        "frame when Mr. Coyle tried to stop a fight at 10:35. Mr. Coyle was taken to Carney Hospital with a "
        "concussion and a broken cheekbone. André was restrained by two SSS officers."),
    loc="Community Academy of Science and Health, 1st floor hallway", at="10:35",
    mnc=["HAITIAN", "Adventist", "church youth grp"], key="broken cheekbone",
    mct=["door frame", "Carney Hospital", "restrained by two SSS officers"], cats=["ethnicity", "religion"])

add(["rtf"], "serious_violence", "Lucas Ferreira", "Brighton High School", 11,
    r"{\rtf1\ansi\uc1 Lucas hit another student in the face with a skateboard in the front plaza at 7:40 "
    r"AM, splitting his lip and breaking two teeth.\par" "\n"
    r"The student was seen at the dental clinic at St. Elizabeth\rquote s that afternoon.\par" "\n"
    r"Lucas\rquote s guardian said he was born in Bras\'edlia, Brazil and has been in Boston for a year.\par}",
    loc="Brighton High School, front plaza", at="07:40",
    mnc=["Brazil", "edlia"], key="skateboard",
    mct=["skateboard", "breaking two teeth", "dental clinic at St. Elizabeth"], cats=["national_origin"],
    trap=True)

# ========================================================================== ALLOW: credible_threat
add(["mojibake"], "credible_threat", "Nathan Cole", "Brighton High School", 10, M(
    "At 9:20 AM two 10th graders came to Ms. Rahimi’s room and showed her Snapchat messages from Nathan: a "
    "photo of a rifle on a bed with the caption “friday.” They said he told them at lunch that he would "
    "bring it. His father confirmed to AP Lowry by phone that there is a rifle in the home, locked in a "
    "safe. Nathan is in the counseling office and has not been allowed to leave."),
    ts=M("Nathan told two classmates he’s bringing his father’s rifle on Friday and “starting with the "
         "Somali kids in the cafeteria.” One classmate reported it to Ms. Rahimi with screenshots."),
    loc="Brighton High School, room 118", at="09:20",
    mnc=["Somali"], key="rifle",
    mct=["Snapchat messages", "locked in a safe", "counseling office"], cats=["ethnicity"])

add(["html"], "credible_threat", "Maya Collins", "Curley K-8 School", 8,
    "<p>At 8:15&nbsp;AM Ms. Hurley found writing on the whiteboard in room 204 threatening the 8B homeroom "
    "with a date (5/22) and a drawing of a gun.</p>\n"
    "<p>Hallway camera 3 shows Maya alone in room 204 at 7:52&nbsp;AM.</p>\n"
    "<p>Maya was wearing a navy crew neck sweatshirt in the video and in class.</p>\n"
    "<p>She has been absent 6 days this month.</p>",
    ts="<p>Maya wrote on the whiteboard in room 204: &quot;everyone in 8B will die on 5/22&quot; next to a "
       "drawing of a gun. She told a classmate on Tuesday that &quot;you will see on 5/22.&quot;</p>",
    loc="Curley K-8 School, room 204", at="08:15",
    key="drawing of a gun", mct=["Hallway camera 3", "crew neck sweatshirt", "drawing of a gun"], trap=True)

add(["quoted_printable"], "credible_threat", "Adrian Morales", "East Boston High School", 12, QP(
    "Mr. Kowalski reported at 12:05 that Adrian, after being sent out of AP Government for using his "
    "phone, told him “I know where you park” and that he would get what’s coming when he walked out today. "
    "Mr. Kowalski saw a black handle in Adrian’s waistband. SSS Fontes searched Adrian in the office and "
    "found a 4 inch fixed-blade knife.\n\n"
    "Adrian’s counselor added that he has DACA and is afraid of losing it, and that he has been under a lot "
    "of stress since his grandmother died."),
    ts="Adrian told Mr. Kowalski after being removed from class: \"I know where you park. You're going to "
       "get what's coming today when you walk out.\" He repeated it twice and a knife was found on him.",
    loc="East Boston High School, 2nd floor", at="12:05",
    mnc=["DACA"], key="fixed-blade knife",
    mct=["black handle", "4 inch fixed-blade knife"], cats=["immigration_status"])

add(["hard_wrap"], "credible_threat", "Connor Hayes", "Charlestown High School", 11,
    "Sunday night at about 10:40 PM two students sent AP Dwyer a\n"
    "screenshot of an Instagram story posted by Connor. It showed\n"
    "a black handgun on a car seat and a caption naming a group of\n"
    "students at the school and \"monday at dismissal.\" Connor's\n"
    "account is private and has about 300 followers. AP Dwyer noti-\n"
    "fied BPD District A-15 at 11:05 PM and Headmaster Barr at\n"
    "11:10 PM. Connor's father says the family does not own a gun\n"
    "and that the photo was taken in a cousin's car.",
    ts="Connor posted a photo of a handgun on his Instagram story with the caption \u201cthe mosque kids are "
       "getting it monday at dismissal.\u201d Two students reported it.",
    loc="online (Instagram); Charlestown High School", at="22:40", date="2026-03-01",
    mnc=["mosque"], key="black handgun",
    mct=["Instagram story", "300 followers", "cousin's car"], cats=["religion"])

add(["pdf_header"], "credible_threat", "Terrell Banks", "Jeremiah E. Burke High School", 10,
    "On Wednesday Ms. Carver overheard Terrell telling a friend he would \"light up\" the 10th grade lunch on "
    "Friday and that his brother \"keeps a stick in the car.\" When asked, Terrell repeated it to her and "
    "named\n"
    "Page 1 of 2                           CONFIDENTIAL - BPS Student Record\n"
    "two students, D.A. and R.F. Terrell lives with his brother on Harlem St, and both are listed by the "
    "school police as Harlem St / Wilcock crew. The 10th grade lunch period is 11:40 to 12:10 in the main "
    "cafeteria. Ms. Carver wrote down the conversation word for word at 9:15.\n\n"
    "Follow-up: AP Ostrowski met with Terrell at 10:05 with SSS Doyle present. Terrell said he was \"just "
    "talking\" and that nobody was going to do anything, but he would not say where his brother was. His "
    "backpack and locker (#2231) were searched at 10:20 and nothing was found. D.A. and R.F. were told\n"
    "Jeremiah E. Burke High School - Student Support Team        Page 2 of 2\n"
    "separately and both said they had a fight with Terrell in the park last Saturday. Their parents were "
    "called at 10:45. The headmaster decided to keep Terrell in the office for the rest of the day and to "
    "report the threat to BPD before Friday's lunch period.",
    ts="Terrell told a friend, and then Ms. Carver, that he and his brother will 'light up' the 10th grade "
       "lunch on Friday because of a fight last week. He named two students (D.A. and R.F.) and said his "
       "brother keeps a 'stick' (gun) in the car.",
    loc="Jeremiah E. Burke High School, room 305", at="09:10", date="2026-02-11",
    mnc=["Harlem St", "Wilcock"], key="light up",
    mct=["11:40 to 12:10", "word for word", "main cafeteria"], cats=["neighborhood", "gang_affiliation"])

add(["smart_quotes"], "credible_threat", "Elijah Moore", "Dearborn STEM Academy", 7,
    "At 1:40" + NB + "PM Elijah\u2019s classmate gave Mr. Feeney a notebook page with a hand-drawn map of the "
    "3rd floor and an X on room 312, drawn on the back of a Black History Month worksheet. The classmate said Elijah told him \u201cyou\u2019re first.\u201d Elijah "
    "admitted drawing it and said it was a joke. His uncle, reached by phone, said he does own a handgun "
    "and it is in a lockbox.",
    ts="Elijah told a classmate \u201cI\u2019m bringing my uncle\u2019s gun tomorrow and you\u2019re first\u201d and "
       "drew a map of the 3rd floor with an X on room 312.",
    loc="Dearborn STEM Academy, 3rd floor", at="13:40",
    key="hand-drawn map", mct=["hand-drawn map", "Black History Month worksheet", "lockbox"], trap=True)

add(["invisible_chars"], "credible_threat", "Mateus Rocha", "Brighton High School", 9,
    "At 7:10 AM a parent emailed AP Furtado a screenshot from the 9C group chat. " + ZW + "In the message, "
    "sent at 9:48 PM the night before, Mateus wrote that he would bring a gun and that nobody in 9C would "
    "leave. " + ZW + "The message was in Portugu" + ZW + "ese and Ms. Lima translated it for the office. " +
    ZW + "Mateus arrived at school at 7:35 AM and was met at the door by SSS Keane; his backpack was "
    "searched and nothing was found. " + ZW + "His family came from Brazil in 2024.",
    ts="Mateus wrote in the 9C group chat at 9:48 PM: \u201ctomorrow I bring the gun, nobody in 9C "
       "leaves.\u201d A classmate\u2019s mother sent the screenshot to the school.",
    loc="Brighton High School, main entrance", at="07:10",
    mnc=["Portugu", "Brazil"], key="bring a gun",
    mct=["9C group chat", "nothing was found", "met at the door"], cats=["language", "national_origin"])

add(["tabular"], "credible_threat", "Brianna Scott", "Fenway High School", 11,
    "Time\tStaff\tAction\n"
    "10:12\tMs. Abreu\tK.W. reported threat in girls' room (2nd fl)\n"
    "10:20\tAP Dunn\tspoke w/ Brianna, she denied it\n"
    "10:31\tSSS Healy\tsearched bag w/ Brianna present: found box cutter blade in nail polish bag\n"
    "10:45\tAP Dunn\tcalled mother, left VM\n\n"
    "K.W. was visibly shaken and went home with her aunt.",
    ts="Brianna told K.W. in the girls' room: \"I will cut your face tomorrow, I already have the blade.\" "
       "K.W. reported it immediately.",
    loc="Fenway High School, 2nd floor girls' room", at="10:10",
    key="box cutter blade", mct=["nail polish bag", "box cutter blade", "visibly shaken"], trap=True)

add(["rtf"], "credible_threat", "Rayshawn Miller", "TechBoston Academy", 12,
    r"{\rtf1\ansi\deff0" "\n"
    r"\pard At 11:30 AM, after a shoving match in the hallway was broken up, Rayshawn told SSS Pena that "
    r"J.T. was \ldblquote getting shot\rdblquote  after school and that he \ldblquote got people.\rdblquote"
    r"\par" "\n"
    r"SSS Pena notes that Rayshawn has been identified by the Youth Violence Strike Force as a member of the "
    r"Kemble St Kings.\par" "\n"
    r"Dismissal was held for 15 minutes and J.T. was driven home by his mother.\par" "\n}",
    ts="Rayshawn told SSS Pena: \"When I catch him after school he's getting shot, I got people.\" He named "
       "a 12th grader (J.T.).",
    loc="TechBoston Academy, 1st floor hallway", at="11:30",
    mnc=["Kemble St Kings"], key="getting shot",
    mct=["held for 15 minutes", "driven home by his mother"], cats=["gang_affiliation"])

add(["markdown"], "credible_threat", "Owen Burke", "Boston Latin Academy", 10,
    "**Reported by:** Ms. Castellano (history)\n\n"
    "1. On Monday at 12:15 a student told Ms. Castellano that Owen said he would bring his brother's AR-15 "
    "on the last day of school and \"start in room 107.\"\n"
    "2. Room 107 is the newcomer class; most of the students there arrived from Central America this year "
    "and several are asylum seekers.\n"
    "3. Owen's brother is 22 and, per the family, owns a rifle.\n"
    "4. Owen was interviewed with his mother present at 2:00 PM.",
    ts="Owen told classmates he will bring his brother's AR-15 on the last day of school and \"start in room "
       "107.\" He repeated it when a classmate asked if he was serious.",
    loc="Boston Latin Academy, history classroom", at="12:15", date="2026-04-27",
    mnc=["newcomer class", "Central America", "asylum"], key="AR-15",
    mct=["AR-15", "with his mother present"], cats=["national_origin", "immigration_status"])

_p = ("Zachary's science partner told Mr. Okoye after 4th period that Zachary showed him a list of five names "
      "in the back of his planner and said he could get a gun from a friend before spring break. Mr. Okoye "
      "took the planner at 11:05. The list has five first names of 9th graders. Zachary's mother lives on "
      "Centre St in JP and his father in Quincy; he alternates weeks.")
add(["double_paste"], "credible_threat", "Zachary Lin", "John D. O'Bryant School of Mathematics and Science", 9,
    _p + "\n\n" + _p,
    ts="Zachary told his science partner that he has a list of 5 students and 'a way to get a gun from a "
       "friend' and will use it before spring break.",
    loc="O'Bryant School, science lab", at="10:55",
    mnc=["Centre St", "in JP", "Quincy"], key="planner",
    mct=["back of his planner", "five first names", "took the planner at 11:05"], cats=["neighborhood"])

add(["truncated"], "credible_threat", "Isabella Cruz", "Snowden International School", 10,
    "Screenshot received 8:02 PM Sunday from a parent. Isabella's Snapchat story said she would bring a "
    "knife to 3rd period Monday and \"use it\" if anyone said another word about her. AP Jordan called her "
    "mother at 8:30 PM and the story was deleted by 9. On Monday morning her bag was checked at arrival and "
    "no knife was found. She will meet with the counselor at 10 and the 3rd period teacher asked for a "
    "safety pl",
    ts="Isabella posted on her Snapchat story: 'if anyone from 3rd period says another word about me "
       "tomorrow I'm bringing a knife and I will use it.'",
    loc="online (Snapchat); Snowden International School", at="20:02", date="2026-01-11",
    key="Snapchat story", mct=["AP Jordan called her mother", "no knife was found"], trap=True)

add(["mojibake"], "credible_threat", "Ian Gallagher", "Brighton High School", 11, MM(
    "A student showed AP Ryan a Discord message Ian posted at 11:52 PM on Tuesday saying he was “bringing "
    "the 12 gauge” on the 14th and naming the girls he would go after first. AP Ryan called BPD District "
    "D-14 at 7:30 AM. Ian’s parents confirmed there is a 12 gauge shotgun in the house; police removed it "
    "that morning. Ian was kept home."),
    ts=M("Ian wrote in a Discord server: “bringing the 12 gauge to school on the 14th, the Muslim girls "
         "first.” Another student reported it to AP Ryan the next morning."),
    loc="online (Discord); Brighton High School", at="23:52", date="2026-04-07",
    mnc=["Muslim"], key="shotgun",
    mct=["12 gauge shotgun", "Discord message", "Ian was kept home"], cats=["religion"])

add(["html", "smart_quotes"], "credible_threat", "Jasmine Reid", "English High School", 9,
    "<p>Jasmine told Ms. Beaulieu at 1:10&nbsp;PM that she was going to stab another girl (A.O.) when A.O. "
    "came out of gym.</p>\n<p>SSS Price opened locker #1142 and found a kitchen knife wrapped in a "
    "T-shirt.</p>\n<p>Jasmine said A.O. and her Nigerian friends had been &ldquo;jumping&rdquo; her "
    "online.</p>\n<p>This report was drafted at English High School by Ms. Beaulieu.</p>",
    ts="Jasmine told a teacher: \u201cI\u2019m gonna stab her when she comes out of gym, I\u2019ve got the knife "
       "in my locker.\u201d A kitchen knife was later found in her locker (#1142).",
    loc="English High School, gym hallway", at="13:10",
    mnc=["Nigerian"], key="kitchen knife",
    mct=["locker #1142", "wrapped in a T-shirt", "drafted at English High School"], cats=["ethnicity"],
    trap=True)

# ==================================================================================== ALLOW: drugs
add(["mojibake"], "drugs", "Kevin Aguilar", "Madison Park Technical Vocational High School", 11, M(
    "During a search after a tip, SSS Burke found 14 small blue pills stamped “M30” in Kevin’s sneaker. "
    "The nurse believes they are counterfeit oxycodone; BPD tested one and it was positive for fentanyl. "
    "Kevin said a man outside the train station gives them to kids to sell. Kevin’s mother said the family "
    "came from Honduras in 2023 and asked if he will be deported."),
    subs=["fentanyl"], loc="Madison Park Technical Vocational High School, main office", at="09:40",
    mnc=["Honduras", "deported"], key="fentanyl",
    mct=["14 small blue pills", "counterfeit oxycodone"], cats=["national_origin", "immigration_status"])

add(["html"], "drugs", "Sean McDonough", "Excel High School", 12,
    "<p>At 10:00&nbsp;AM the custodial crew supervisor, Mr. Lyle, found Sean and another student in the "
    "prop room.</p><p>On the table were a small bag of white powder, a rolled-up dollar bill and 2 "
    "pre-rolled joints.</p>\n<p>BPD School Unit field-tested the powder and it tested positive for cocaine "
    "(approx. 3.5 grams).</p>\n<p>Sean said the bag was his and the joints were the other student&#39;s.</p>",
    subs=["cocaine", "marijuana"], loc="Excel High School, prop room", at="10:00",
    key="cocaine", mct=["custodial crew supervisor", "rolled-up dollar bill", "prop room"], trap=True)

add(["quoted_printable"], "drugs", "Hannah Kowalczyk", "Boston Latin Academy", 10, QP(
    "Hi Officer Dolan,\n\n"
    "Following up on today: at 1:20 PM a teacher saw Hannah handing out white bar-shaped pills in the 3rd "
    "floor girls’ room. The nurse identified them as 2 mg Xanax bars; Hannah had 11 in an Altoids tin. Two "
    "girls who took one were evaluated by the nurse and sent home with parents. Hannah’s mother does not "
    "speak English; the district Polish interpreter was on the call at 3 PM.\n\n"
    "Thank you,\nRuth Connolly"),
    subs=["Xanax"], loc="Boston Latin Academy, 3rd floor girls' room", at="13:20",
    mnc=["Polish", "does not speak English", "interpreter"], key="Xanax",
    mct=["Altoids tin", "sent home with parents"], cats=["language"])

add(["hard_wrap"], "drugs", "Logan Pierce", "Brighton High School", 11,
    "At the 11th grade semi-formal check-in (school gym, 7:15\n"
    "PM) chaperone Ms. Vargas saw Logan drop a small plastic bag\n"
    "under the table. The theme of the night was A Night in\n"
    "Paris, and the gym was decorated with a paper Eiffel Tower.\n"
    "The bag held 6 pink pills shaped like hearts. Lo-\n"
    "gan said they were \"molly\" and that he bought them from a\n"
    "student at another school. BPD field test was positive for\n"
    "MDMA. Logan's parents picked him up at 7:50 PM. No one at\n"
    "the dance reported taking anything.",
    subs=["MDMA"], loc="Brighton High School, gym", at="19:15",
    key="MDMA", mct=["shaped like hearts", "semi-formal check-in", "paper Eiffel Tower"], trap=True)

add(["pdf_columns"], "drugs", "Carlos Medina", "English High School", 12,
    "Student: Carlos Medina                 On 1/27 at 8:35 AM SSS O'Donnell saw\n"
    "Grade: 12                              Carlos pass a folded glassine bag to\n"
    "Ethnicity: Hispanic/Latino             another student near the 2nd floor\n"
    "Address: 71 Walnut Ave, Roxbury 02119  water fountain. The bag was stamped\n"
    "Phone: (617) 555-0148                  with a red scorpion.\n\n"
    "The contents field-tested positive for heroin. Carlos had 6 more glassine bags with the same red "
    "scorpion stamp in a sunglasses case. He was calm and said nothing.",
    subs=["heroin"], loc="English High School, 2nd floor", at="08:35", date="2026-01-27",
    mnc=["Hispanic", "Walnut Ave", "Roxbury", "02119"], key="heroin",
    mct=["red scorpion stamp", "sunglasses case"], cats=["ethnicity", "neighborhood"])

add(["smart_quotes"], "drugs", "Kendra Woods", "Boston Arts Academy", 12,
    "Kendra\u2019s Alienware laptop bag was left in the black box theater after rehearsal. When Mr. Santiago "
    "opened it to find the owner, he found a prescription bottle with another person\u2019s name on it "
    "containing 19 oxycodone 10" + NB + "mg tablets. Kendra came back for the bag at 4:40" + NB + "PM and "
    "said the pills were her grandmother\u2019s. The bottle was turned over to BPD.",
    subs=["oxycodone"], loc="Boston Arts Academy, black box theater", at="16:40",
    key="oxycodone", mct=["Alienware laptop bag", "black box theater", "turned over to BPD"], trap=True)

add(["invisible_chars"], "drugs", "Ruben Ortega", "East Boston High School", 11,
    "During a search of Ruben\u2019s locker after a tip, SSS Lyons found a glass pipe and a small bag of clear "
    "crystals. BPD field-tested the crystals; the result was positive for meth" + SHY + "am" + SHY + "phet" +
    SHY + "amine. Ruben said he was holding it for an older friend. Ruben\u2019s uncle, who is his guardian, "
    "said the family\u2019s immigra" + SHY + "tion case is still open and asked that Ruben\u2019s name not go "
    "to anyone else.",
    subs=["methamphetamine"], loc="East Boston High School, locker bay", at="11:05",
    mnc=["immigra"], key="glass pipe",
    mct=["glass pipe", "clear crystals", "holding it for an older friend"], cats=["immigration_status"])

add(["tabular"], "drugs", "Michael Otieno", "Jeremiah E. Burke High School", 10,
    "ITEM  DESCRIPTION                         QTY   FOUND IN\n"
    "1     THC vape cartridge (Cookies)        2     front pocket\n"
    "2     blue pills M30 (susp. fentanyl)     8     sock\n"
    "3     cash                                $212  backpack\n\n"
    "Student: OTIENO, MICHAEL  Gr 10  Born: Nairobi, Kenya  Lang: Swahili/English\n\n"
    "Mr. Royce searched Michael's bag after he was seen selling pills in the boys' room at 12:20. BPD "
    "confirmed the blue pills contained fentanyl.",
    subs=["fentanyl", "THC vape"], loc="Jeremiah E. Burke High School, boys' room", at="12:20",
    mnc=["Nairobi", "Kenya", "Swahili"], key="fentanyl",
    mct=["selling pills in the boys' room", "THC vape cartridge"], cats=["national_origin", "language"])

add(["rtf"], "drugs", "Jonah Levine", "Boston Latin Academy", 12,
    r"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 Jonah was found with 4 small bags of cocaine in his "
    r"coat during the fire drill sweep at 10:45.\par" "\n"
    r"He said he was selling them for $40 each to seniors.\par" "\n"
    r"The coat was hanging in the music room.\par" "\n"
    r"Jonah\rquote s father, a rabbi at Temple Beth Shalom, asked that the school handle it quietly.\par" "\n}",
    subs=["cocaine"], loc="Boston Latin Academy, music room", at="10:45",
    mnc=["rabbi", "Temple Beth"], key="cocaine",
    mct=["fire drill sweep", "music room", "$40 each"], cats=["religion"])

add(["markdown"], "drugs", "Darius Fleming", "Madison Park Technical Vocational High School", 11,
    "**Drug incident** \u2014 2nd floor, room 236\n\n"
    "- 9 pills stamped *M523 10/325*, look like Percocet; pharmacy lookup says counterfeit.\n"
    "- 1 nip of vodka (empty).\n"
    "- Darius says he got the pills from \"the young bulls on Intervale\".\n"
    "- SSS notes: Darius is a documented member of the Intervale crew and shows their hand sign in photos on "
    "his Instagram.\n\n"
    "Pills turned over to BPD at 1:15 PM.",
    subs=["counterfeit Percocet", "alcohol"], loc="Madison Park Technical Vocational High School, room 236",
    at="12:50", mnc=["Intervale"], key="counterfeit",
    mct=["Pills turned over to BPD at 1:15 PM", "nip of vodka", "room 236"], cats=["gang_affiliation"])

add(["truncated"], "drugs", "Austin Reilly", "Charlestown High School", 12,
    "Found during nurse visit: 3 glassine bags of heroin in Austin's hoodie pocket, with a needle cap. Austin "
    "was nodding off in Chemistry at 9:10 and the nurse gave Narcan at 9:14. EMS transported him to MGH. "
    "Mother notified at 9:30. Bags secured in the nurse's lock",
    subs=["heroin"], loc="Charlestown High School, nurse's office", at="09:10",
    key="heroin", mct=["Narcan at 9:14", "needle cap"])

_p = ("Felipe was found with 10 small paper squares (blotter) with a cartoon print in his wallet after a "
      "classmate said he sold her one. BPD confirmed the blotter tested positive for LSD. Felipe's mother "
      "came in with a Portuguese interpreter and told AP Byrne they moved here from Brazil 8 months ago.")
add(["double_paste"], "drugs", "Felipe Vieira", "Snowden International School", 10, _p + "\n" + _p,
    subs=["LSD"], loc="Snowden International School, main office", at="12:10",
    mnc=["Portuguese", "interpreter", "Brazil"], key="LSD",
    mct=["cartoon print", "10 small paper squares"], cats=["language", "national_origin"])

add(["mojibake"], "drugs", "Nadia Pires", "Brighton High School", 11, R(
    "Nadia’s friend told the nurse that Nadia was selling “percs” in the 2nd floor bathroom. Nurse O’Brien "
    "and AP Gómez found 7 oxycodone 5 mg tablets in a folded napkin in Nadia’s pencil case. Nadia says they "
    "are from her own prescription after knee surgery, but the pharmacy label on the bottle at home is for "
    "her mother. Nadia lives on Faneuil St, next to the Faneuil development."),
    subs=["oxycodone"], loc="Brighton High School, nurse's office", at="10:25",
    mnc=["Faneuil"], key="oxycodone",
    mct=["folded napkin", "pharmacy label"], cats=["neighborhood"])

add(["pdf_header"], "drugs", "Derek Simmons", "Boston Community Leadership Academy", 12,
    "Derek was searched by SSS Malone at 7:45 AM after an odor complaint on the bus. In the inside pocket of "
    "his Holy Cross sweatshirt were 12 small rocks in a plastic bag, which BPD field-tested positive for "
    "crack cocaine, and a\n"
    "BOSTON PUBLIC SCHOOLS    Office of Safety Services    Incident Report - Page 2\n"
    "glass stem. Derek said he was holding it for someone at his job. His grandmother came to the school at "
    "9:00.",
    subs=["crack cocaine"], loc="Boston Community Leadership Academy, main entrance", at="07:45",
    key="crack cocaine", mct=["Holy Cross sweatshirt", "12 small rocks", "glass stem"], trap=True)

add(["html"], "drugs", "Tomás Ramírez", "East Boston High School", 11, E(
    "Tomás shared a bag of chocolate bars in the 3rd floor study hall at 1:30 PM. Three students felt sick "
    "and went to the nurse. BPD says the bars contained psilocybin mushrooms; Tomás also had 2 THC gummies. "
    "Tomás is a former English learner and his parents, who are Guatemalan, came to the meeting with the "
    "Spanish interpreter.").replace("1:30 PM", "1:30&nbsp;PM"),
    subs=["psilocybin mushrooms", "THC edibles"], loc="East Boston High School, 3rd floor study hall",
    at="13:30", mnc=["English learner", "Guatemalan", "Spanish", "interpreter"], key="psilocybin",
    mct=["3rd floor study hall", "chocolate bars", "THC gummies"], cats=["language", "ethnicity"])

add(["quoted_printable"], "drugs", "Owen Callahan", "Boston Green Academy", 10, QP(
    "At 2:05 PM Owen collapsed in the hallway by the World Languages office. Nurse Ramos gave two doses of Narcan and he "
    "started breathing normally by 2:11 PM. EMS took him to Boston Medical Center. In his backpack were 3 "
    "more blue pills stamped “M30” and a rolled-up $5 bill. BPD confirmed the pills contained fentanyl. "
    "Owen’s father, Mr. Callahan, was reached at 2:20 PM."),
    subs=["fentanyl"], loc="Boston Green Academy, hallway outside room 210", at="14:05",
    key="fentanyl", mct=["two doses of Narcan", "World Languages office"], trap=True)

add(["smart_quotes"], "drugs", "Grace Whitaker", "Fenway High School", 11,
    "Grace was found asleep at her desk in 4th period and could not be woken easily. The nurse found a pill "
    "bottle labeled for a different person in her bag with 23 clonazepam 1" + NB + "mg tablets. Grace said "
    "she\u2019d been \u201ctaking a few\u201d and giving them to friends. EMS checked her and she was released "
    "to her mother. Grace\u2019s mother said Grace has been struggling since they moved to Hyde" + NB + "Park "
    "in September.",
    subs=["clonazepam"], loc="Fenway High School, room 220", at="11:40",
    mnc=["Hyde Park"], key="clonazepam",
    mct=["asleep at her desk", "labeled for a different person"], cats=["neighborhood"])

add(["invisible_chars", "smart_quotes"], "drugs", "Jalen Wright", "Jeremiah E. Burke High School", 12,
    "Jalen was stopped at the side door at 12:55 coming back from lunch. SSS Carter found 30 yellow bar pills "
    "(pressed, counterfeit Xanax per BPD) in a Pringles can. " + ZW + "Jalen said he was paid $100 to carry "
    "them. " + ZW + "Per a bulletin the school received in the fall, Jalen is a \u201cverified\u201d member of "
    "the Hendry" + ZW + " St gang.",
    subs=["counterfeit Xanax"], loc="Jeremiah E. Burke High School, side door", at="12:55",
    mnc=["Hendry"], key="counterfeit Xanax",
    mct=["Pringles can", "side door", "paid $100 to carry them"], cats=["gang_affiliation"])

# ====================================================================== DENY: ground_not_permitted
add(["mojibake"], "fight", "Kayden Ross", "Charlestown High School", 9, M(
    "Two 9th graders, Kayden and a classmate, got into a fist fight in the cafeteria over a seat at about "
    "11:30. Lunch staff separated them within a minute. Nobody needed the nurse; Kayden had a scratch on his "
    "cheek. Kayden’s mother said they live in the Bunker Hill development and that the other boy’s family is "
    "“from the Dominican” and “always causing problems.” She wants BPD to look into the other family."),
    dec="deny", rsn="ground_not_permitted", loc="Charlestown High School, cafeteria", at="11:30",
    mnc=["Bunker Hill", "Dominican"], cats=["neighborhood", "ethnicity"])

add(["html"], "theft", "Mya Thompson", "Excel High School", 10,
    "<p>Mya is suspected of taking a Chromebook and $60 from the band room on 2/9.</p>\n<p>She denies it. "
    "Camera footage from the hallway is unclear.</p>\n<p>Her family&#39;s address on file is 12 Mercer St, "
    "South Boston &amp; the phone is disconnected.</p>",
    dec="deny", rsn="ground_not_permitted", loc="Excel High School, band room", at="14:00", date="2026-02-09",
    mnc=["Mercer St", "South Boston"], cats=["neighborhood"])

add(["quoted_printable"], "gang_activity", "Marcus Bell", "English High School", 11, QP(
    "Hi all,\n\nRequesting any information BPD has on Marcus’s involvement with the Greenwood Ave crew. He "
    "was seen throwing hand signs in the 2nd floor hallway on Monday and Tuesday and has been wearing red "
    "every day this week. No incident occurred and no one was hurt, but staff are uneasy.\n\n"
    "Thanks,\nDean of Students"),
    dec="deny", rsn="ground_not_permitted", loc="English High School, 2nd floor hallway", at="09:50",
    mnc=["Greenwood Ave crew"], cats=["gang_affiliation"])

add(["hard_wrap"], "immigration_inquiry", "Ana Lucia Pineda", "East Boston High School", 10,
    "A caller who said he was from a federal office asked the\n"
    "main office this morning whether Ana Lucia is undocu-\n"
    "mented and where she lives. The registrar did not answer\n"
    "on the phone. We are sending what the file has so BPD can\n"
    "follow up: birth country Honduras, and the family lives\n"
    "on Bennington St with an older sister.",
    dec="deny", rsn="ground_not_permitted", loc="East Boston High School, main office", at="09:15",
    mnc=["undocu", "Honduras", "Bennington St"],
    cats=["immigration_status", "national_origin", "neighborhood"])

add(["pdf_header"], "truancy", "Jeremy Santos", "Jeremiah E. Burke High School", 9,
    "Jeremy has missed 31 days this year, 12 of them since winter break. Two home visits by the attendance "
    "officer to his aunt's apartment in the Franklin Hill\n"
    "CONFIDENTIAL - BPS Student Record                     Page 1 of 1\n"
    "development found nobody home. Requesting a BPD wellness check and any contact information police "
    "have for the family.",
    dec="deny", rsn="ground_not_permitted", loc="Jeremiah E. Burke High School, attendance office", at="10:30",
    mnc=["Franklin Hill"], cats=["neighborhood"])

add(["tabular"], "vandalism", "Tyler Nguyen", "Young Achievers K-8", 8,
    "Date\tRoom\tDamage\tEst. cost\n10/14\t118\tgraffiti on desks\t$300\n10/16\tboys room\tbroken mirror\t$450\n\n"
    "Student tagged \"VN Boyz\" on both. Student is Vietnamese and lives in Fields Corner with his mother.",
    dec="deny", rsn="ground_not_permitted", loc="Young Achievers K-8, room 118", at="13:00", date="2025-10-16",
    mnc=["VN Boyz", "Vietnamese", "Fields Corner"], cats=["gang_affiliation", "ethnicity", "neighborhood"])

add(["smart_quotes"], "suspicious_behavior", "Ahmed Yusuf", "Brighton High School", 11,
    "Ahmed has been \u201cacting differently\u201d since Ramadan, spending lunch alone in the library and "
    "watching videos in Arabic on his phone. Two teachers are worried and asked that this be passed to "
    "police. No threat was made and there is no incident.",
    dec="deny", rsn="ground_not_permitted", loc="Brighton High School, library", at="12:00",
    mnc=["Ramadan", "Arabic"], cats=["religion", "language"])

add(["markdown"], "fight", "Brianna Lopes", "Madison Park Technical Vocational High School", 10,
    "**Fight** at dismissal between Brianna and another girl.\n\n"
    "- No weapons.\n- Scratches only; nurse cleaned them.\n"
    "- Girls are from rival crews (*Bowdoin* vs *Geneva*) per SSS.\n",
    dec="deny", rsn="ground_not_permitted", loc="Madison Park Technical Vocational High School, bus loop",
    at="14:25", mnc=["Bowdoin", "Geneva"], cats=["gang_affiliation"])

# ======================================================================== DENY: excluded_substance
add(["mojibake"], "drugs", "Olivia Hart", "Boston Latin Academy", 11, M(
    "Olivia was caught using a THC cartridge in the 3rd floor girls’ bathroom at 10:40. The cartridge label "
    "says “Cookies – Gelato.” She was cooperative. Her father told the AP in Portuguese that he will handle "
    "it at home."),
    dec="deny", rsn="excluded_substance", subs=["THC vape cartridge"],
    loc="Boston Latin Academy, 3rd floor girls' bathroom", at="10:40",
    mnc=["Portuguese"], cats=["language"])

add(["html"], "drugs", "Jackson Lee", "Charlestown High School", 9,
    "<p>Jackson had a disposable vape (Elf Bar, blue razz) in his pencil case. Content unknown; he "
    "says it&#39;s &quot;just flavor.&quot;</p>\n<p>Mother (Cantonese-speaking) was informed by phone with an "
    "interpreter.</p>",
    dec="deny", rsn="excluded_substance", subs=["vape"], loc="Charlestown High School, room 212", at="09:35",
    mnc=["Cantonese", "interpreter"], cats=["language"])

add(["quoted_printable"], "drugs", "Sophia Martins", "East Boston High School", 12, QP(
    "Sophia and two friends were found drinking vodka mixed with Gatorade in the parking lot before the "
    "senior breakfast at 7:20. All three were sent home. Sophia’s family is from Cabo Verde and her mom asked "
    "us not to involve police."),
    dec="deny", rsn="excluded_substance", subs=["alcohol"], loc="East Boston High School, parking lot",
    at="07:20", mnc=["Cabo Verde"], cats=["national_origin"])

add(["hard_wrap"], "drugs", "Ryan Kiley", "Brighton High School", 10,
    "Ryan gave two gummies (THC, 10 mg each per the\n"
    "package) to a friend in homeroom and had a can of Zyn nico-\n"
    "tine pouches in his jacket. His mother was called. He lives\n"
    "at 3 Cambridge Ter in Allston.",
    dec="deny", rsn="excluded_substance", subs=["marijuana edibles", "nicotine pouches"],
    loc="Brighton High School, homeroom", at="08:10",
    mnc=["Cambridge Ter", "Allston"], cats=["neighborhood"])

add(["pdf_columns"], "drugs", "Khalil Greene", "Jeremiah E. Burke High School", 11,
    "Student: Khalil Greene         Khalil was found with a bag of weed\n"
    "Grade: 11                      (about 7 g) and blunt wraps in\n"
    "Ethnicity: Black               his locker at 12:40. He said the\n"
    "Gang: Columbia Pt (BRIC list)  weed was for after school.",
    dec="deny", rsn="excluded_substance", subs=["weed", "blunt wraps"],
    loc="Jeremiah E. Burke High School, lockers", at="12:40",
    mnc=["Ethnicity: Black", "Columbia Pt"], cats=["ethnicity", "gang_affiliation"])

add(["smart_quotes"], "drugs", "Emily Chen", "Josiah Quincy Upper School", 8,
    "Emily had 3 Juul pods (mint) in her backpack. She said they\u2019re her older sister\u2019s. The family "
    "recently arrived from Taiwan and her parents want the school to \u201cbe strict.\u201d",
    dec="deny", rsn="excluded_substance", subs=["Juul pods"], loc="Josiah Quincy Upper School, room 310",
    at="13:05", mnc=["Taiwan", "recently arrived"], cats=["national_origin"])

add(["invisible_chars"], "drugs", "Diego Torres", "Boston Community Leadership Academy", 12,
    "Diego was found with a small jar of THC wax and a piece of hash in his lunch bag at 11:50." + ZW +
    " He said they were for the weekend." + ZW + " SSS has him flagged as an associate of the Ros" + SHY +
    "lin" + SHY + "dale crew, and he lives on Poplar St.",
    dec="deny", rsn="excluded_substance", subs=["THC wax", "hash"],
    loc="Boston Community Leadership Academy, cafeteria", at="11:50",
    mnc=["Ros" + SHY + "lin" + SHY + "dale", "Poplar St"], cats=["gang_affiliation", "neighborhood"])

add(["truncated"], "drugs", "Ava Sullivan", "Boston Arts Academy", 11,
    "Ava brought a water bottle with wine and a bag of weed on the museum field trip. The chaperone took "
    "both. Her guardian is her grandmother in the Mission Hill projects and she speaks only Portugu",
    dec="deny", rsn="excluded_substance", subs=["marijuana", "alcohol"],
    loc="field trip, Museum of Fine Arts", at="10:30",
    mnc=["Mission Hill projects", "Portugu"], cats=["neighborhood", "language"])

# =================================================================== DENY: recipient_not_permitted
add(["mojibake"], "weapon", "Jorge Alvarado", "East Boston High School", 11, M(
    "Jorge had a folding knife in his backpack at the morning bag check (7:45). The knife has a 3” blade and "
    "was taken by SSS Correia. He’s believed to be MS-13 per the counselor’s notes, and he was born in San "
    "Miguel, El Salvador. Sending to BRIC as requested by the district liaison."),
    dec="deny", rsn="recipient_not_permitted", w="knife", rcp="bric",
    loc="East Boston High School, main entrance", at="07:45",
    mnc=["MS-13", "San Miguel", "El Salvador"], cats=["gang_affiliation", "national_origin"])

add(["html"], "weapon", "Nelson Perez", "Madison Park Technical Vocational High School", 12,
    "<p>Nelson was found with brass knuckles in his jacket on 3/3 at the 2nd floor scanner.</p>\n"
    "<p>Per our records he is undocumented (no SSN on file) and lives at 45 Ruggles St.</p>",
    dec="deny", rsn="recipient_not_permitted", w="brass knuckles", rcp="ice/ero-boston",
    loc="Madison Park Technical Vocational High School, 2nd floor", at="08:05", date="2026-03-03",
    mnc=["undocumented", "no SSN on file", "Ruggles St"], cats=["immigration_status", "neighborhood"])

add(["quoted_printable"], "credible_threat", "Samir Haddad", "Brighton High School", 10, QP(
    "Samir (Lebanese, Muslim family) said he would “shoot the school up” after his suspension was announced "
    "at 1:10 today. Please check him against your watch lists and advise."),
    dec="deny", rsn="recipient_not_permitted", rcp="commonwealth-fusion-center",
    ts="Samir told a classmate he would 'shoot the school up' after being suspended.",
    loc="Brighton High School, main office", at="13:10",
    mnc=["Lebanese", "Muslim"], cats=["ethnicity", "religion"])

add(["hard_wrap"], "drugs", "Luis Ortiz", "English High School", 12,
    "Luis was found with 20 pills that tested positive for fen-\n"
    "tanyl in his backpack at 10:05. His mother is on a tour-\n"
    "ist visa that expired and the family is from the Dominican Re-\n"
    "public.",
    dec="deny", rsn="recipient_not_permitted", subs=["fentanyl"], rcp="hsi-boston",
    loc="English High School, main office", at="10:05",
    mnc=["visa that expired", "Dominican Re"], cats=["immigration_status", "national_origin"])

add(["pdf_header"], "weapon", "Tanya Brooks", "Boston Arts Academy", 10,
    "Tanya brought a kitchen knife on the field trip to the mall; mall security took it from her bag at "
    "11:20.\nBOSTON PUBLIC SCHOOLS            CONFIDENTIAL            Page 1 of 1\n"
    "She lives in the Cathedral development on Union Park St. Copy requested by the mall's security "
    "contractor for their incident file.",
    dec="deny", rsn="recipient_not_permitted", w="knife", rcp="allied-universal-security",
    loc="field trip, shopping mall", at="11:20",
    mnc=["Cathedral development", "Union Park St"], cats=["neighborhood"])

add(["tabular"], "serious_violence", "Jordan Miles", "Jeremiah E. Burke High School", 11,
    "Student\tGr\tHome Lang\tIncident\n"
    "Jordan Miles\t11\tHaitian Creole\tassault on #28 bus, victim broken nose, 3:05 PM\n",
    dec="deny", rsn="recipient_not_permitted", rcp="mbta-transit-police",
    loc="MBTA #28 bus", at="15:05",
    mnc=["Haitian Creole"], cats=["language"])

add(["rtf"], "weapon", "Ibrahim Kamara", "Boston Community Leadership Academy", 12,
    r"{\rtf1\ansi Ibrahim was found with a loaded pistol in his car in the student lot at 7:30 AM.\par" "\n"
    r"His family came from Sierra Leone as refugees in 2019.\par" "\n"
    r"Forwarded at the request of a federal task force officer.\par}",
    dec="deny", rsn="recipient_not_permitted", w="firearm", rcp="dhs",
    loc="Boston Community Leadership Academy, student lot", at="07:30",
    mnc=["Sierra Leone", "refugees"], cats=["national_origin", "immigration_status"])

# ================================================================== DENY: missing_threat_statement
add(["mojibake"], "credible_threat", "Kenny Osgood", "Jeremiah E. Burke High School", 10, M(
    "Kenny said “I’m going to shoot this place up” in the hallway at 2:15 after being told to take off his "
    "hood. He lives on Blue Hill Ave near Morton St. Statement to follow."),
    dec="deny", rsn="missing_threat_statement", loc="Jeremiah E. Burke High School, 1st floor hallway",
    at="14:15", mnc=["Blue Hill Ave", "Morton St"], cats=["neighborhood"])

add(["html", "invisible_chars"], "credible_threat", "Aria Delgado", "Snowden International School", 9,
    "<p>Aria wrote something threatening on the bathroom wall, see photo.</p>\n<p>Family is from Venezuela "
    "and has an asylum case pending.</p>",
    ts=ZW, att=[{"kind": "photo", "name": "bathroom_wall_3rd_floor.jpg"}],
    dec="deny", rsn="missing_threat_statement", loc="Snowden International School, 3rd floor bathroom",
    at="11:00", mnc=["Venezuela", "asylum"], cats=["national_origin", "immigration_status"])

add(["quoted_printable", "html"], "credible_threat", "Rafael Souza", "Brighton High School", 11, QP(
    "Rafael made a threat in class today around 10:30. The teacher is writing it up and will send it "
    "tomorrow. His dad only speaks Portuguese, so we will call him with the interpreter line."),
    ts="&nbsp;", dec="deny", rsn="missing_threat_statement", loc="Brighton High School, room 204",
    at="10:30", mnc=["Portuguese", "interpreter line"], cats=["language"])

add(["hard_wrap", "html"], "credible_threat", "Devin Carter", "TechBoston Academy", 12,
    "Devin made threats toward staff on Tuesday after lunch. De-\n"
    "tails to follow from the teacher. Devin is a known associ-\n"
    "ate of the Wendover crew per the youth worker.",
    ts="<p><br></p>", dec="deny", rsn="missing_threat_statement", loc="TechBoston Academy, 2nd floor",
    at="12:30", date="2026-03-17", mnc=["Wendover"], cats=["gang_affiliation"])

add(["truncated"], "credible_threat", "Noah Bennett", "Boston Latin Academy", 10,
    "Student posted a threat on social media Sunday night against the school. Screenshot attached. AP Chen "
    "is following up with the fami",
    att=[{"kind": "document", "name": "screenshot_story.png"}],
    dec="deny", rsn="missing_threat_statement", loc="online; Boston Latin Academy", at="21:30",
    date="2026-02-01")

# ========================================================================= DENY: face_surveillance
add(["html"], "weapon", "Luis Navarro", "East Boston High School", 10,
    "<p>A knife was found in the 2nd floor bathroom trash at 12:10.</p>\n<p>The camera system&#39;s face "
    "match identified the student who left it as Luis (94% confidence).</p>",
    att=[{"kind": "face_match", "name": "facematch_2nd_floor_1210.pdf"}],
    dec="deny", rsn="face_surveillance", w="knife", loc="East Boston High School, 2nd floor bathroom",
    at="12:10", mnc=["94% confidence"], cats=["face_surveillance"])

add(["mojibake"], "serious_violence", "Marcus Webb", "English High School", 12, M(
    "The person who assaulted the custodian, Mr. Ferro, in the basement at 4:40 PM wore a hood. Mr. Ferro "
    "has a broken wrist. We ran the hallway camera still through Clearview and it returned Marcus’s "
    "Instagram photo as a match, so we are submitting Marcus’s record."),
    dec="deny", rsn="face_surveillance", loc="English High School, basement", at="16:40",
    mnc=["Clearview", "as a match"], cats=["face_surveillance"])

add(["quoted_printable"], "credible_threat", "Chidi Okafor", "Boston Latin Academy", 11, QP(
    "A masked person in a video posted last night says they will “make the seniors pay” at graduation. "
    "Please compare the attached yearbook photo of Chidi with your facial recognition system to confirm "
    "he is the person in the video. Chidi is the Nigerian-born student from the incident in March."),
    ts="A masked person in a video posted online said they will 'make the seniors pay' at graduation and "
       "showed a handgun.",
    att=[{"kind": "photo", "name": "yearbook_2025_okafor.jpg"}],
    dec="deny", rsn="face_surveillance", loc="online video", at="22:00",
    mnc=["Nigerian"], cats=["face_surveillance", "national_origin"])

add(["tabular"], "weapon", "Jayden Ross", "Charlestown High School", 9,
    "Source\tResult\tScore\tTime\nBriefCam face search\tROSS, JAYDEN\t0.91\t09:12\n\n"
    "Box cutter found on the 2nd floor landing after the camera alert. Identified through the face search "
    "above.",
    dec="deny", rsn="face_surveillance", w="box cutter", loc="Charlestown High School, 2nd floor landing",
    at="09:12", mnc=["BriefCam"], cats=["face_surveillance"])

add(["smart_quotes"], "drugs", "Nia Sanders", "Madison Park Technical Vocational High School", 12,
    "The seller in the lobby video was identified as Nia by the district\u2019s face-recognition pilot "
    "(\u201cFaceFirst\u201d), confidence 88%. A bag of 12 fentanyl pills was found under the lobby bench at "
    "1:50" + NB + "PM.",
    dec="deny", rsn="face_surveillance", subs=["fentanyl"],
    loc="Madison Park Technical Vocational High School, lobby", at="13:50",
    mnc=["FaceFirst", "confidence 88%"], cats=["face_surveillance"])

# ================================================================ DENY: other (BB / airsoft / replica)
add(["mojibake"], "weapon", "Jamal Price", "Brighton High School", 9, M(
    "Jamal brought a BB gun that looks like a real Glock into the 2nd floor bathroom and showed it to "
    "friends at 10:15. It’s black with an orange tip that was painted over. His family lives in the "
    "Commonwealth development."),
    dec="deny", rsn="other", w="BB gun", loc="Brighton High School, 2nd floor bathroom", at="10:15",
    mnc=["Commonwealth development"], cats=["neighborhood"])

add(["hard_wrap"], "weapon", "Ryan Doherty", "Boston Green Academy", 10,
    "Ryan had an airsoft pistol in his back-\n"
    "pack at arrival. He said he uses it for\n"
    "target practice with his cousin in the\n"
    "woods. No one saw it except SSS Kane.",
    dec="deny", rsn="other", w="airsoft gun", loc="Boston Green Academy, main entrance", at="07:40")

add(["html"], "weapon", "Tomasz Nowak", "Mission Hill K-8", 8,
    "<p>Tomasz had a replica (toy) handgun, metal, very realistic, in his locker.</p>\n"
    "<p>Family is Polish; the mother needs an interpreter for meetings.</p>",
    dec="deny", rsn="other", w="replica handgun", loc="Mission Hill K-8, 8th grade lockers", at="09:00",
    mnc=["Polish", "interpreter"], cats=["ethnicity", "language"])

# ============================================ structured SIS fields (damaged by the same old systems)
# name -> (extra student fields, extra canaries for their forbidden values, extra categories)
EXTRA = {
    "João Almeida": ({"homeroom": "10C", "home_language": M("Português")}, ["Portugu"], ["language"]),
    "Tuan Nguyen": ({"ell_status": M("EL – Level 3"), "homeroom": "214"}, [M("EL – Level 3")], ["language"]),
    "Abdirahman Hassan": ({"ELL_STATUS": "Active - Level 1", "HOME_LANG": "SOMALI"}, ["Active - Level 1"],
                          ["language"]),
    "Marcus Tillery": ({"gang_flag": M("Y – per SSS (Academy Homes)")}, ["Academy Homes"],
                       ["gang_affiliation"]),
    "Liam Brennan": ({"homeroom": "10B", "counselor": "Ms. Quinn", "iep": False}, [], []),
    "Daniel Jean-Baptiste": ({"race_ethnicity": "Black or African American; Haitian"}, ["African American"],
                             ["ethnicity"]),
    "Wilson Batista": ({"address": {"street": "88 Ruthven St", "city": "Boston", "zip": "02121"},
                        "guardian": {"relation": "aunt", "phone": "617-555-0192"}},
                       ["Ruthven St", "02121"], ["neighborhood"]),
    R("José Luis Hernández"): ({"nacionalidad": R("Hondureña"), "grado": "8"}, ["Hondure"], []),
    "Isaiah Pettaway": ({"homeroom": "8B", "lunch_period": "B"}, [], []),
    "Kenneth Alves": ({"race": "Hispanic", "home_language": "Spanish"}, ["Hispanic"], []),
    "Ricardo Gomes": ({"contact": {"lang": "PT", "interpreter_needed": "yes"}}, [], []),
    "Patrick Doyle": ({"homeroom": "9-204", "sport": "JV hockey"}, [], []),
    M("André Toussaint"): ({"ETHN_CD": "HAITIAN", "LEP": "N"}, [], []),
    "Mateus Rocha": ({"pais_nascimento": "Brasil", "idioma": M("Português")}, ["Brasil"], []),
    "Kevin Aguilar": ({"home_address": "27 Mt Pleasant Ave #3, Roxbury, MA 02119"},
                      ["Mt Pleasant Ave", "Roxbury", "02119"], ["neighborhood"]),
    "Felipe Vieira": ({"primary_language": M("Português (Brasil)")}, ["Brasil", "Portugu"], []),
    "Nadia Pires": ({"address": R("12 Faneuil St – Apt 3")}, [], []),
    "Tomás Ramírez": ({"ell_history": "Former EL (exited 2023)", "country_of_birth": "Guatemala"},
                      ["Former EL", "Guatemala"], ["national_origin"]),
    "Grace Whitaker": ({"homeroom": "11A", "advisor": "Mr. Tran"}, [], []),
    "Ana Lucia Pineda": ({"birth_country": "Honduras", "notes": "sin papeles (per aunt)"}, ["sin papeles"], []),
    "Olivia Hart": ({"home_language": M("Português")}, ["Portugu"], []),
    "Emily Chen": ({"birthplace": "Taipei, Taiwan"}, ["Taipei"], []),
    "Jorge Alvarado": ({"gang_flag": "MS-13 (BRIC)"}, [], []),
    "Chidi Okafor": ({"yearbook_photo": "yearbook_2025_okafor.jpg"}, [], []),
}

# ================================================================================== build + checks
CATS = {"immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
        "gang_affiliation", "face_surveillance"}
REASONS = {"ground_not_permitted", "excluded_substance", "recipient_not_permitted",
           "missing_threat_statement", "face_surveillance", "other"}
DENY_TAG = {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
            "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
            "face_surveillance": "deny_face", "other": "deny_other"}
LABELS = ["redacted:", "immigration_status", "national_origin", "gang_affiliation", "face_surveillance",
          '"category"']
ABBR = {"mr", "ms", "mrs", "dr", "st", "ave", "approx", "vs", "jr", "sr", "gr", "fl", "sra", "a.m", "p.m",
        "e.g", "i.e", "apt", "no", "u.s", "mt", "ter", "rd", "pt", "arr"}
NOTICE = ("NOTICE OF RESTRICTION ON REDISCLOSURE (FERPA, 34 CFR 99.33) This report contains personally "
          "identifiable information from the education records of a Boston Public Schools student. It is "
          "disclosed to you under 34 CFR 99.31 and 99.36 for the sole purpose stated in the report. You may "
          "not redisclose this information, or any information derived from it, to any other party, agency, "
          "database or system, without the prior written consent of the parent or eligible student, except "
          "as 34 CFR 99.33 expressly permits. Boston City Code 16-63 forbids its sharing with the Boston "
          "Regional Intelligence Center, any gang database, or any federal agency. Records of this "
          "disclosure are kept under 34 CFR 99.32.")
# school vacations and holidays 2025-26 (approximate BPS calendar): no incident dates drawn there
_NO_SCHOOL = [("2025-11-26", "2025-11-28"), ("2025-12-24", "2026-01-02"), ("2026-02-16", "2026-02-20"),
              ("2026-04-20", "2026-04-24"), ("2025-10-13", "2025-10-13"), ("2025-11-11", "2025-11-11"),
              ("2026-01-19", "2026-01-19"), ("2025-09-22", "2025-09-22"), ("2025-10-20", "2025-10-20")]


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def school_day(rng):
    start = datetime.date(2025, 9, 8)
    while True:
        d = start + datetime.timedelta(days=rng.randint(0, 275))
        if d.weekday() >= 5 or d > datetime.date(2026, 6, 12):
            continue
        if any(datetime.date.fromisoformat(a) <= d <= datetime.date.fromisoformat(b) for a, b in _NO_SCHOOL):
            continue
        return d


def segments(text):
    """Sentence-ish spans: cut after . ! ? (plus closers, tags, RTF words) before a space, or at a blank
    line; abbreviations and initials do not cut.  Deliberately strict: bullets and table rows without a
    full stop stay joined to what follows."""
    cuts = [0]
    for m in re.finditer(r"[.!?][\"'\u2019\u201d)\]*_]*(?:</[a-z]+>|<br>|\\par|\\rdblquote)*(?=\s|$)"
                         r"|\n[ \t]*\n", text):
        if m.group(0)[0] == ".":
            tok = re.search(r"(\S*)$", text[:m.start()]).group(1).lstrip("(\"'\u201c*_").lower()
            if tok in ABBR or re.fullmatch(r"[a-z](\.[a-z])*", tok):
                continue
        cuts.append(m.end())
    cuts.append(len(text))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def clean_occurrence(desc, fact, canaries):
    fd, ff = fold(desc), fold(fact)
    segs = segments(desc)
    pos = fd.find(ff)
    while pos >= 0:
        seg = next((a, b) for a, b in segs if a <= pos < b)
        if pos + len(ff) <= seg[1] and not any(fold(c) in fd[seg[0]:seg[1]] for c in canaries):
            return True
        pos = fd.find(ff, pos + 1)
    return False


def build():
    rng = random.Random(SEED)
    ids = rng.sample(range(4000, 5000), len(SCHOOLS))
    school_ids = {s: "BPS-%04d" % n for s, n in zip(sorted(SCHOOLS), ids)}
    problems, rows = [], []
    for n, c in enumerate(CASES, 1):
        where = "case %d (%s)" % (n, c["name"])
        sid = str(rng.randint(100000, 999999))
        g = c["grade"]
        dob = datetime.date(2025 - g - 6, 9, 1) + datetime.timedelta(days=rng.randint(0, 364))
        day = datetime.date.fromisoformat(c["date"]) if c["date"] else school_day(rng)
        at = c["at"] or "%02d:%02d" % (rng.randint(7, 14), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]))
        off = "-04:00" if (day < datetime.date(2025, 11, 2) or day >= datetime.date(2026, 3, 8)) else "-05:00"
        pick_bpd = rng.random() < 0.25
        rcp = c["rcp"] or ("bpd" if pick_bpd else SCHOOLS[c["school"]])
        desc = c["desc"].replace("{SID}", sid).replace("{DATE}", "%d/%d" % (day.month, day.day))
        extra_sx, extra_mnc, extra_cats = EXTRA.get(c["name"], ({}, [], []))
        student = {"student_id": sid, "name": c["name"], "date_of_birth": dob.isoformat(), "grade": g,
                   "school": c["school"]}
        student.update(c["sx"]); student.update(extra_sx)
        req = {"request_id": None, "school_id": school_ids[c["school"]], "recipient": rcp, "ground": c["g"]}
        if c["subs"]:
            req["substances"] = c["subs"]
        if c["w"]:
            req["weapon"] = c["w"]
        if c["ts"] is not None:
            req["threat_statement"] = c["ts"]
        req["incident"] = {"occurred_at": "%sT%s:00%s" % (day.isoformat(), at, off),
                           "location": c["loc"], "description": desc}
        req["student"] = student
        if c["att"]:
            req["attachments"] = c["att"]
        mnc = list(dict.fromkeys(c["mnc"] + extra_mnc))
        cats = sorted(set(c["cats"] + extra_cats))
        allow = c["dec"] == "allow"
        tags = [FAMILY] + [t for t in dict.fromkeys(c["tags"]) if t != "precision_trap"]
        tags.append(("allow_redact" if cats else "allow_clean") if allow else DENY_TAG[c["rsn"]])
        if c["trap"]:
            tags.append("precision_trap")
        expect = {"decision": c["dec"]}
        if not allow:
            expect["reason"] = c["rsn"]
        expect.update({"must_not_contain": mnc,
                       "must_contain": [c["name"], c["school"], c["key"]] if allow else [],
                       "must_contain_text": c["mct"] if allow else [],
                       "categories": cats, "tags": tags})

        # ---- label checks
        whole = fold(json.dumps(req, ensure_ascii=False))
        kept = fold(" ".join(str(student[k]) for k in ("student_id", "name", "date_of_birth", "grade", "school"))
                    + " " + req["school_id"] + " " + rcp)
        if not 60 <= len(desc) <= 1800:
            problems.append("%s: description length %d" % (where, len(desc)))
        if allow and (not c["mct"] or not c["key"] or not 1 <= len(c["mct"]) <= 3):
            problems.append("%s: allow needs a key fact and 1-3 must_contain_text" % where)
        if not allow and (c["mct"] or c["key"] or c["rsn"] not in REASONS):
            problems.append("%s: deny with kept facts or bad reason" % where)
        if allow and c["g"] == "credible_threat" and not (c["ts"] or "").strip():
            problems.append("%s: allowed threat without statement" % where)
        if set(cats) - CATS:
            problems.append("%s: bad categories %s" % (where, cats))
        if bool(mnc) != bool(cats):
            problems.append("%s: canaries and categories disagree" % where)
        for s in mnc:
            f = fold(s)
            if len(f.strip()) < 3 or f not in whole or f in kept or f in fold(NOTICE):
                problems.append("%s: bad canary %r" % (where, s))
            if any(ch in s for ch in "\n\t\"\\"):
                problems.append("%s: canary %r holds a character JSON escapes" % (where, s))
            if f in fold(c["loc"]):
                problems.append("%s: canary %r in location" % (where, s))
        for s in ([c["key"]] if allow else []) + (c["mct"] if allow else []):
            if any(ch in s for ch in "\n\t\"\\"):
                problems.append("%s: kept fact %r holds a character JSON escapes" % (where, s))
            if fold(s) not in fold(desc):
                problems.append("%s: kept fact %r not in description" % (where, s))
            elif not clean_occurrence(desc, s, mnc):
                problems.append("%s: kept fact %r sits in a sentence with a forbidden fact" % (where, s))
            if any(fold(s) in fold(m) or fold(m) in fold(s) for m in mnc):
                problems.append("%s: kept fact %r overlaps a canary" % (where, s))
        if allow:
            for lab in LABELS:
                if lab in fold(desc + " " + c["loc"] + " " + (c["ts"] or "")):
                    problems.append("%s: category label %r in police text" % (where, lab))
        rows.append({"request": req, "expect": expect})

    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        cid = "%s-%04d" % (PREFIX, i)
        r["request"]["request_id"] = cid
        out.append({"id": cid, "request": r["request"], "expect": r["expect"]})
    return out, problems


def main():
    rows, problems = build()
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        sys.exit("%d label problems; nothing written" % len(problems))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
