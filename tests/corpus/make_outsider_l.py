#!/usr/bin/env python3
"""Outsider corpus L for the gatekeeper: 150 held-out cases, OL-0001 .. OL-0150.

Written blind, from /work/shared/domain/RULES.md, /work/shared/domain/CONTRACT.md and
/work/shared/tools/corpus-brief.md only (plus a look at /work/shared/corpus/public2.jsonl for the
line format). The author has not seen the service's code, its policies, its tests or any other
corpus, and wrote every sentence, place, street, housing development, gang, church and mosque
name here from scratch (real BPS school names and real Boston neighbourhoods excepted).

Run from the repository root:   python tests/corpus/make_outsider_l.py
It writes tests/data/corpus/outsider_l.jsonl. Deterministic (fixed seed), standard library only.
Every case is self-checked before it is written (canaries occur only inside the forbidden spans,
never in a field police may receive; kept facts never share a sentence with a forbidden span).

Genres (first tag):
  incident_log          timestamped security / incident-log entries; a forbidden fact buried in one
                        entry, often about a sibling or a parent
  email_thread          forwarded email chains with headers, quoted replies and signatures; the
                        forbidden fact sits in a quoted reply or in a P.S. next to the signature
  translated_statement  witness / student / parent statements taken through an interpreter or partly
                        in a family language, with the interpreter's notes
  sis_export            student-information-system exports in odd shapes (fixed width, TSV, semicolon
                        CSV, dot leaders, Markdown tables, key=value, YAML-ish) with forbidden fields
                        under abbreviations, plus oddly named structured student fields
  dodging               obfuscated forbidden facts: Cyrillic / Greek homoglyphs, full-width letters,
                        zero-width characters, letters split by dots / spaces / underscores,
                        misspellings, euphemisms and abbreviations
  precision_trap        words that look like forbidden categories but are incident facts and must
                        survive (Spanish II, AP Chinese, Green Line, Visa gift card, stage and rowing
                        crew, Swiss Army knife, Temple Place, a Dominican hair salon as a location, ...)
  long_narrative        1,000-3,000 character first-person narratives by staff (coach, librarian,
                        lunch monitor, paraprofessional, crossing guard, ...) with one or two forbidden
                        statements buried mid-paragraph

Outcomes (second tag), with the expected decision and reason:
  allow_redact          allow; forbidden facts present, they must be withheld, incident facts kept
  allow_clean           allow; nothing forbidden present, the police copy keeps the incident facts
  deny_recipient        deny, recipient_not_permitted (BRIC, ICE, HSI, fusion center, MBTA police, ...)
  deny_substance        deny, excluded_substance (only marijuana / nicotine / alcohol / vapes named)
  deny_ground           deny, ground_not_permitted (fight, theft, trespass, vandalism, gang_activity ...)
  deny_threat_missing   deny, missing_threat_statement (credible_threat without a threat statement)
  deny_face             deny, face_surveillance (a face-match attachment or a request to face-match)
  deny_replica          deny, other (airsoft / BB gun: needs a named approver's determination)
A third tag names the scenario template the case came from.
"""
import datetime
import json
import pathlib
import random
import re
import sys
import unicodedata

SEED = 20260415
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_l.jsonl"
PREFIX = "OL"

CATCODES = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood",
            "language", "gang_affiliation", "face_surveillance", "not_allowlisted"]


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


# --------------------------------------------------------------------------------------------
# people, schools, recipients
# --------------------------------------------------------------------------------------------
FIRST_M = ["Darnell", "Mateo", "Khalil", "Tobias", "Rashad", "Emeka", "Quentin", "Nico", "Dashawn",
           "Anders", "Kenji", "Marcus", "Omari", "Julian", "Treyvon", "Felix", "Andre", "Malik", "Caleb",
           "Ezequiel", "Dmitri", "Bao", "Kwame", "Roberto", "Isaiah", "Xavier", "Tariq", "Jonah",
           "Desmond", "Lorenzo", "Amadou", "Cyrus", "Elijah", "Hugo", "Jamal", "Ruben", "Sekou", "Tyrese",
           "Wesley", "Zaid"]
FIRST_F = ["Aaliyah", "Brianna", "Camila", "Destiny", "Esperanza", "Fatima", "Gianna", "Imani",
           "Jasmine", "Keisha", "Lucia", "Mariam", "Nadia", "Odessa", "Priya", "Rosalind", "Shanice",
           "Tamsin", "Valeria", "Wren", "Yasmin", "Zoe", "Nia", "Beatriz", "Kiara", "Ines", "Linh",
           "Amara", "Talia", "Renata", "Adaeze", "Bethany", "Celeste", "Dalia", "Evangeline", "Marisol",
           "Precious", "Sade", "Thandiwe", "Yara"]
LAST = ["Okafor", "Pemberton", "Villanueva", "Castellano", "Whitfield", "Abernathy", "Quintero",
        "Haskins", "Lindqvist", "Marchetti", "Osei", "Prescott", "Rinaldi", "Salcedo", "Thibodeaux",
        "Underhill", "Winslow", "Yarborough", "Zelenko", "Achterberg", "Brathwaite", "Coelho",
        "Drummond", "Everett", "Fairbanks", "Galloway", "Ingersoll", "Jallow", "Kowalczyk", "Lachance",
        "Moreau", "Nwosu", "Oyelaran", "Pacheco", "Redmond", "Szabo", "Okonjo", "Figueroa",
        "Bellweather", "Carrow", "Dunleavy", "Grady", "Halvorsen", "Ibarra", "Mensah", "Delgado-Price",
        "Fitzgibbon", "Ashworth", "Banerjee", "Cordeiro", "Duchesne", "Eberhardt", "Fontaine",
        "Gallardo", "Hennessey", "Kamara", "Lusk", "Mayfield", "Nakashima", "Vance-Oduya"]
STAFF_FIRST = ["Dana", "Colm", "Renee", "Patrice", "Howard", "Gordon", "Miriam", "Terrence", "Alana",
               "Bernard", "Shauna", "Victor", "Lorraine", "Priscilla", "Wendell", "Maureen", "Ulysses",
               "Frances", "Kendrick", "Rosemary", "Declan", "Yvette", "Leland", "Corinne"]
STAFF_LAST = ["Keane", "Obuya", "Farrell", "Medeiros", "Costigan", "Lindgren", "Ashby", "Tolliver",
              "Nakamura", "Brennan", "Sutcliffe", "Ocampo", "Raftery", "Bellamy", "Duarte", "Kilbride",
              "Whalen", "Pruitt", "Hanrahan", "Mwangi", "Quigley", "Sorensen", "Tierney", "Vickers",
              "Abbate", "Crowell", "Donnelly", "Esposito", "Gilchrist", "Harkins"]

SCHOOLS = [
    ("Boston Latin Academy", "hs"), ("Madison Park Technical Vocational High School", "hs"),
    ("East Boston High School", "hs"), ("Jeremiah E. Burke High School", "hs"),
    ("English High School", "hs"), ("Excel High School", "hs"), ("Brighton High School", "hs"),
    ("TechBoston Academy", "hs"), ("Mission Hill K-8 School", "k8"),
    ("John D. O'Bryant School of Mathematics and Science", "hs"), ("Charlestown High School", "hs"),
    ("Snowden International School", "hs"), ("Dearborn STEM Academy", "hs"),
    ("Boston Community Leadership Academy", "hs"), ("New Mission High School", "hs"),
    ("Fenway High School", "hs"), ("Boston Arts Academy", "hs"),
    ("Community Academy of Science and Health", "hs"), ("Henderson K-12 Inclusion School", "hs"),
    ("Lilla G. Frederick Middle School", "ms"), ("Josiah Quincy Upper School", "hs"),
    ("Margarita Muñiz Academy", "hs"), ("Another Course to College", "hs"),
    ("Kennedy Academy for Health Careers", "hs"), ("Dorchester Academy", "hs"),
    ("Boston Green Academy", "hs"), ("Edison K-8 School", "k8"),
]
EXTRA_SCHOOLS = [("Boston International Newcomers Academy", "hs")]

GOOD_RCP = ["bpd", "bpd/district-a1", "bpd/district-a7", "bpd/district-b2", "bpd/district-b3",
            "bpd/district-c6", "bpd/district-c11", "bpd/district-d4", "bpd/district-d14",
            "bpd/district-e5", "bpd/district-e13", "bpd/district-e18"]
BAD_RCP = ["bric", "ice/ero-boston", "dhs/hsi-boston", "commonwealth-fusion-center",
           "cbp/boston-field-office", "fbi/boston", "mbta-transit-police", "msp/troop-h",
           "allied-universal-security", "bha-police", "atf/boston", "suffolk-county-sheriff"]

REASON = {"deny_recipient": "recipient_not_permitted", "deny_substance": "excluded_substance",
          "deny_ground": "ground_not_permitted", "deny_threat_missing": "missing_threat_statement",
          "deny_face": "face_surveillance", "deny_replica": "other"}

# --------------------------------------------------------------------------------------------
# forbidden asides (template, categories, canaries) and harmless fillers, per writing style
# pronoun slots: {He} {he} {His} {his} {him} {first}; staff slots {s1} {s2}
# --------------------------------------------------------------------------------------------
PLAIN = [
    ("{His} mother asked that nothing be mailed to the old apartment on Quillen Terrace, since the family is doubled up with relatives now.", ["neighborhood"], ["Quillen Terrace"]),
    ("{He} lives with {his} grandmother in the Alcott Heights development off Blue Ledge Road.", ["neighborhood"], ["Alcott Heights", "Blue Ledge Road"]),
    ("The family rents the second floor of a triple-decker on Tolland Street in Mattapan.", ["neighborhood"], ["Tolland Street", "Mattapan"]),
    ("{His} home address on the emergency card is 212 Harrowgate Ave, Apt 2.", ["neighborhood"], ["Harrowgate Ave"]),
    ("{He} usually walks home to Fenwick Gardens with the same group of kids.", ["neighborhood"], ["Fenwick Gardens"]),
    ("According to the emergency card the family lives in Orient Heights, up near the old water tower.", ["neighborhood"], ["Orient Heights"]),
    ("{first} and the other student both live in the Marbury Court apartments, and the trouble started there over the weekend.", ["neighborhood"], ["Marbury Court"]),
    ("{His} mother told the counselor the family is undocumented and is terrified of any contact with police.", ["immigration_status"], ["undocumented"]),
    ("The caseworker from the resettlement office said {first}'s asylum hearing is set for the spring.", ["immigration_status"], ["asylum", "resettlement"]),
    ("{His} father is on TPS and his work authorization lapsed in January.", ["immigration_status"], ["on TPS", "work authorization"]),
    ("{He} asked the AP whether a police report could hurt {his} DACA renewal.", ["immigration_status"], ["DACA"]),
    ("{His} older brother has no papers, and the family asked that nobody come by the house.", ["immigration_status"], ["no papers"]),
    ("{first} came into the country as an unaccompanied minor and is still in removal proceedings.", ["immigration_status"], ["unaccompanied minor", "removal proceedings"]),
    ("{He} arrived from Guatemala about eight months ago.", ["national_origin"], ["Guatemala"]),
    ("{He} was born in Port-au-Prince and came up to Boston in 2023.", ["national_origin"], ["Port-au-Prince"]),
    ("The family moved here from Cabo Verde last year.", ["national_origin"], ["Cabo Verde"]),
    ("{He} told the nurse {he} grew up in Mogadishu.", ["national_origin"], ["Mogadishu"]),
    ("{first} was born in Tegucigalpa and has only been in the country since last spring.", ["national_origin"], ["Tegucigalpa"]),
    ("{His} family is originally from Kharkiv.", ["national_origin"], ["Kharkiv"]),
    ("The family is Haitian, and {his} mother was very upset about the call.", ["ethnicity"], ["Haitian"]),
    ("{He} is Cape Verdean, like most of the kids at that lunch table.", ["ethnicity"], ["Cape Verdean"]),
    ("One witness kept calling the other student 'the Dominican kid.'", ["ethnicity"], ["Dominican"]),
    ("{He} and the other student are both Salvadoran and know each other from outside school.", ["ethnicity"], ["Salvadoran"]),
    ("{His} emergency card lists {him} as Hispanic/Latino.", ["ethnicity"], ["Hispanic"]),
    ("{His} mother asked us to call Pastor Amado at Iglesia Roca Firme, where the family spends most of Sunday.", ["religion"], ["Roca Firme"]),
    ("{He} leaves early on Fridays for prayers at Masjid an-Noor.", ["religion"], ["Masjid"]),
    ("The family are Jehovah's Witnesses and asked that {first} not be photographed.", ["religion"], ["Jehovah"]),
    ("{He} was fasting for Ramadan that day, which the nurse wrote down.", ["religion"], ["Ramadan"]),
    ("{His} mother is a deacon at Église Baptiste Béthel-Espoir and wants the pastor present at any meeting.", ["religion"], ["Béthel-Espoir", "Église Baptiste"]),
    ("{His} mother speaks only Cape Verdean Creole, so the call went through the district interpreter line.", ["language"], ["Cape Verdean Creole", "interpreter line"]),
    ("{first} is an English learner, WIDA level 2, and had trouble explaining what happened.", ["language"], ["English learner", "WIDA"]),
    ("{His} father will need a Vietnamese interpreter for any meeting.", ["language"], ["Vietnamese"]),
    ("At home the family speaks Portuguese.", ["language"], ["Portuguese"]),
    ("{His} mother speaks Somali and some Arabic, no English.", ["language"], ["Somali", "Arabic"]),
    ("{first}'s home language is Haitian Creole.", ["language"], ["Haitian Creole"]),
    ("{His} grandmother only speaks Cantonese, so a cousin translated on speakerphone.", ["language"], ["Cantonese"]),
    ("SSO {n1} says {first} runs with the Draper Street Kings.", ["gang_affiliation"], ["Draper Street Kings"]),
    ("Kids in the hallway say this is a Hollis Bloc thing and that {first} is 'with them.'", ["gang_affiliation"], ["Hollis Bloc"]),
    ("{He} has been flagged by the school police unit as a suspected Quarry Hill Boys associate.", ["gang_affiliation"], ["Quarry Hill Boys"]),
    ("Staff believe the other student is in the 7-Ridge set, which is why everyone expects this to escalate.", ["gang_affiliation"], ["7-Ridge"]),
    ("{His} older cousin is a known member of the Grantley Road crew.", ["gang_affiliation"], ["Grantley Road"]),
]
PLAIN_CLEAN = [
    "{His} mother was reached by phone and is coming in this afternoon.",
    "No prior incidents of this kind are on file for {first}.",
    "The counselor, {s1}, will check in with {first} this week.",
    "Statements from two witnesses are in the folder.",
    "The AP completed the SAF-02 checklist the same day.",
    "{first} was calm and cooperative the whole time.",
    "A copy went to the headmaster.",
    "{His} father picked {him} up at the main entrance.",
    "A re-entry meeting will be scheduled after the suspension.",
]

LOG = [
    ("Called home. Aunt answered; said mom is at work and only speaks Haitian Creole, asked for someone who speaks it.", ["language"], ["Haitian Creole"]),
    ("Guardian call. Older sister picked up and asked if police would 'tell immigration' because dad has no papers.", ["immigration_status"], ["no papers", "tell immigration"]),
    ("Per registrar: family address 47 Pell Hollow Rd, unit 3 (moved out of the shelter in Nov).", ["neighborhood"], ["Pell Hollow"]),
    ("SSO {n1}: says the student is 'known' to the Hollis Bloc, per kids on the bus.", ["gang_affiliation"], ["Hollis Bloc"]),
    ("Mother arrived with an interpreter from the language line (Vietnamese).", ["language"], ["Vietnamese", "language line"]),
    ("Father arrived; told AP the family came from El Salvador in 2022 and is still waiting on asylum.", ["national_origin", "immigration_status"], ["El Salvador", "asylum"]),
    ("Brother (gr. 11, same school) says the family is Dominican and 'people are going to make this about that.'", ["ethnicity"], ["Dominican"]),
    ("Mom asked staff to call the imam at the Sharif Hill mosque before anyone talks to police.", ["religion"], ["imam", "mosque"]),
    ("Registrar note: student lives at the Kestrel Point apartments, building C.", ["neighborhood"], ["Kestrel Point"]),
    ("Dean: the other boy's older brother is a Draper Street Kings member; watch for retaliation.", ["gang_affiliation"], ["Draper Street Kings"]),
    ("Mother says they arrived from Somalia two years ago through the refugee program.", ["national_origin", "immigration_status"], ["Somalia", "refugee"]),
    ("Stepfather on phone: family is Cape Verdean, he will need a Kriolu interpreter for the meeting.", ["ethnicity", "language"], ["Cape Verdean", "Kriolu"]),
    ("Student said {he} is Muslim and asked to pray before the meeting; room 118 used.", ["religion"], ["Muslim"]),
    ("Father said the family lives in Bowdoin-Geneva, over the corner store.", ["neighborhood"], ["Bowdoin-Geneva"]),
    ("Grandmother on the phone: the kids were born in Santo Domingo and only came up last year.", ["national_origin"], ["Santo Domingo"]),
    ("Mom asked whether the DACA paperwork for {first}'s older sister would be affected.", ["immigration_status"], ["DACA"]),
]
LOG_CLEAN = [
    "Voicemail left at the guardian number on file.",
    "Student given water; waiting in conference room B.",
    "Headmaster briefed in person.",
    "Witness statements collected (2).",
    "Guardian reached; pick-up arranged for end of day.",
    "Counselor {s1} sat in with the student.",
    "SAF-02 form started by the AP.",
]

EMAIL = [
    ("P.S. mom only does Cantonese, so please loop in the interpreter office before the re-entry meeting.", ["language"], ["Cantonese", "interpreter office"]),
    ("Side note: the family is in the middle of an asylum case, so please be careful what goes in writing.", ["immigration_status"], ["asylum case"]),
    ("FYI {he} has been staying with an uncle at the Larkspur Court apartments since January.", ["neighborhood"], ["Larkspur Court"]),
    ("Also, the counselor says {first} is 'tight with' the Quarry Hill Boys, for what it's worth.", ["gang_affiliation"], ["Quarry Hill Boys"]),
    ("(For context, the family just came from Eritrea last summer.)", ["national_origin"], ["Eritrea"]),
    ("Dad asked on the phone whether this affects their green card application.", ["immigration_status"], ["green card"]),
    ("Home language per SIS is Portuguese; mom prefers calls in Portuguese.", ["language"], ["Portuguese"]),
    ("Grandmother is Puerto Rican and does not want police at the house.", ["ethnicity"], ["Puerto Rican"]),
    ("Mom asked that the pastor from Monte Sion Pentecostal sit in on the meeting.", ["religion"], ["Monte Sion"]),
    ("They live on Wexcombe Street, right around the corner from the other student.", ["neighborhood"], ["Wexcombe Street"]),
    ("{He}'s Vietnamese and {his} mom will need an interpreter.", ["ethnicity", "language"], ["Vietnamese", "need an interpreter"]),
    ("Note: {first} is a newcomer, born in Caracas, arrived in October.", ["national_origin"], ["Caracas", "newcomer"]),
    ("The family is Orthodox Jewish and can't do meetings Friday evening or Saturday.", ["religion"], ["Jewish"]),
    ("PS - {his} older brother was picked up by ICE in the fall, so the family is on edge.", ["immigration_status"], ["picked up by ICE"]),
    ("Heads up that {he} is on the SRO's list as a Grantley Road crew associate.", ["gang_affiliation"], ["Grantley Road"]),
]
EMAIL_CLEAN = [
    "Let me know if you need anything else from us before Friday.",
    "Adding {s1} from the counseling office to the thread.",
    "Parent meeting is set for Monday at 8:30.",
    "Attached are the two witness statements and the SAF-02 form.",
    "Thanks for jumping on this so quickly.",
    "Sent from my iPhone",
]

DODGE = [
    ("Mom said the family is \u0397aitian and asked for a callback in the evening.", ["ethnicity"], ["\u0397aitian"]),
    ("{He} told the counselor {he}'s from \u0405omalia originally.", ["national_origin"], ["\u0405omalia"]),
    ("The uncle said they came up from H\u043enduras in 2023.", ["national_origin"], ["H\u043enduras"]),
    ("Mom speaks \uff50\uff4f\uff52\uff54\uff55\uff47\uff55\uff45\uff53\uff45 only, so the call was short.", ["language"], ["\uff50\uff4f\uff52\uff54\uff55\uff47\uff55\uff45\uff53\uff45"]),
    ("Staff were told the dad is un\u200ddocumented and scared to come in.", ["immigration_status"], ["un\u200ddocumented"]),
    ("{first} is a D.A.C.A. kid and is worried about {his} renewal.", ["immigration_status"], ["D.A.C.A"]),
    ("The family's a s y l u m case is still open, per the aunt.", ["immigration_status"], ["a s y l u m"]),
    ("Emergency card, ethnicity line: H_i_s_p_a_n_i_c.", ["ethnicity"], ["H_i_s_p_a_n_i_c"]),
    ("{He} was born in Guatamala and came up with {his} aunt.", ["national_origin"], ["Guatamala"]),
    ("The grandmother only speaks Hatian Creole.", ["language"], ["Hatian Creole"]),
    ("The homeroom teacher says the family is Cape Verdian.", ["ethnicity"], ["Cape Verdian"]),
    ("Per the counselor there's a 'papers situation' with the parents, so tread lightly.", ["immigration_status"], ["papers situation"]),
    ("Dad isn't legal here yet, according to {his} sister.", ["immigration_status"], ["legal here yet"]),
    ("{He} had to leave early for the family's church thing at the Kingdom Hall.", ["religion"], ["church thing", "Kingdom Hall"]),
    ("Mom's not from around here: she's from the islands, Praia, and came up last year.", ["national_origin"], ["Praia", "from the islands"]),
    ("AP's margin note: undoc household, be careful with the letter home.", ["immigration_status"], ["undoc household"]),
    ("Flagged as an LEP student; mom is LEP as well.", ["language"], ["LEP student", "mom is LEP"]),
    ("ELL status: active, level 1.", ["language"], ["ELL status"]),
    ("{He} reps 4-Ridge, per the kids at lunch.", ["gang_affiliation"], ["4-Ridge"]),
    ("Word is {he} runs with the D$K (Draper St. Kings).", ["gang_affiliation"], ["D$K", "Draper St. Kings"]),
    ("Lives over in Rozzie with {his} dad, by the bakery.", ["neighborhood"], ["Rozzie"]),
    ("{His} address is 9 Wen-dover Pl, the school has it on the blue card.", ["neighborhood"], ["Wen-dover Pl"]),
    ("{He}'s S.o.m.a.l.i and so is the other kid.", ["ethnicity"], ["S.o.m.a.l.i"]),
    ("Mom asked about her T.P.S. paperwork during the call.", ["immigration_status"], ["T.P.S"]),
    ("{His} family is G\u200buatemalan, per the sibling.", ["ethnicity"], ["G\u200buatemalan"]),
    ("{He} goes to the mosq ue on Fridays with {his} uncle.", ["religion"], ["mosq ue"]),
    ("The family is \uff24\uff2f\uff2d\uff29\uff2e\uff29\uff23\uff21\uff2e, per the older brother.", ["ethnicity"], ["\uff24\uff2f\uff2d\uff29\uff2e\uff29\uff23\uff21\uff2e"]),
    ("The household speaks Viet-namese at home.", ["language"], ["Viet-namese"]),
    ("Everyone knows {he}'s H0llis Bloc.", ["gang_affiliation"], ["H0llis"]),
    ("{He} stays in the Bricks (the Alcott Heights units) off Blue Ledge.", ["neighborhood"], ["Alcott Heights", "the Bricks"]),
    ("The family came over the border last spring and is staying with cousins.", ["immigration_status"], ["came over the border"]),
    ("The sibling says they are \u041cuslim and fasting this month.", ["religion"], ["\u041cuslim"]),
    ("Auntie says they're from the D.R. and just got here.", ["national_origin"], ["the D.R."]),
    ("Mom's KRIOLU only, needs someone who speaks it.", ["language"], ["KRIOLU"]),
]
DODGE_CLEAN = PLAIN_CLEAN

# SIS rows: (labels, value, categories, canaries)
SISROW = [
    (["HOME_LANG", "HM_LNG_DESC", "HOMELANG"], "Haitian Creole", ["language"], ["Haitian Creole"]),
    (["PRIM_LANG_DESC", "L1_DESC", "PRIMLANG"], "Cape Verdean Creole", ["language"], ["Cape Verdean Creole"]),
    (["EL_STAT", "ELL_FLG_DESC", "LEP_STATUS"], "Active EL, WIDA composite 2.1", ["language"], ["WIDA", "Active EL"]),
    (["BIRTH_CTRY", "BRTH_CNTRY_NM", "COB"], "Dominican Republic", ["national_origin"], ["Dominican Republic"]),
    (["CTRY_ORIG", "ORIG_CNTRY", "NATL_ORIG"], "El Salvador", ["national_origin"], ["El Salvador"]),
    (["ETHN_DESC", "ETH_CD_DESC", "HISP_IND"], "Hispanic or Latino", ["ethnicity"], ["Hispanic"]),
    (["RACE_ETH_DTL", "ETHN_DETAIL", "RACE_SUB"], "Black - Haitian", ["ethnicity"], ["Haitian"]),
    (["RELIG_PREF", "FAITH_CD", "REL_ACCOM"], "Seventh-day Adventist", ["religion"], ["Adventist"]),
    (["ADDR_LN1", "STREET_1", "RES_ADDR"], "88 Wendover Terr Apt 2", ["neighborhood"], ["Wendover Terr"]),
    (["ZIP_PLUS4", "RES_ZIP", "ZIP9"], "02121-3307", ["neighborhood"], ["02121-3307"]),
    (["HSG_DEV", "RES_DEVELOPMENT", "BHA_SITE"], "Fenwick Gardens (BHA)", ["neighborhood"], ["Fenwick Gardens"]),
    (["CITZ_STAT", "CIT_CD", "CTZN_STATUS"], "Non-citizen (asylee)", ["immigration_status"], ["asylee", "Non-citizen"]),
    (["GANG_FLG", "SRO_AFFIL", "GRP_AFFIL"], "Y - Hollis Bloc per SRO", ["gang_affiliation"], ["Hollis Bloc"]),
    (["INTERP_REQ", "INTRP_LANG", "XLAT_NEED"], "Y - Vietnamese", ["language"], ["Vietnamese"]),
    (["NEWCOMER_NOTE", "ARRIVAL_NOTE", "NWCMR_CMT"], "arrived from Praia 09/2024", ["national_origin"], ["Praia"]),
    (["PARENT_LANG", "GUARD_LANG", "P1_LANG"], "Somali (no English)", ["language"], ["Somali"]),
    (["VISA_TYPE", "IMM_DOC", "STATUS_DOC"], "F-2 dependent", ["immigration_status"], ["F-2 dependent"]),
    (["NBHD", "RES_NBHD", "HOOD_CD"], "Grove Hall", ["neighborhood"], ["Grove Hall"]),
    (["FAITH_AFFIL", "CONGREG", "RELIG_ORG"], "Church of Pentecost, Mattapan assembly", ["religion", "neighborhood"], ["Church of Pentecost", "Mattapan"]),
]
SISROW_CLEAN = [
    (["HMRM", "HOMEROOM", "HR"], "B-214"), (["ATT_YTD", "ATTEND_PCT", "ADA"], "91.4%"),
    (["GPA_CUM", "CUM_GPA", "GPA"], "2.74"), (["ENRL_DT", "ENROLL_DATE", "ENTRY_DT"], "2023-09-06"),
    (["LUNCH_PD", "LNCH", "LUNCH"], "C"), (["ADVSR", "ADVISOR", "ADV"], "Rm 108"),
    (["SPORT_1", "ATHL", "ACTIVITY"], "JV soccer"), (["CRED_EARNED", "CREDITS", "CR_ERN"], "11.5"),
]

# structured odd student fields: (key, value, categories, canaries)
SF = [
    ("HL_CD_DESC", "Somali", ["language"], ["Somali"]),
    ("brth_ctry", "Honduras", ["national_origin"], ["Honduras"]),
    ("demo", {"eth": "Cape Verdean", "gender": "X"}, ["ethnicity"], ["Cape Verdean"]),
    ("addr", {"line1": "31 Pell Hollow Rd", "unit": "2R"}, ["neighborhood"], ["Pell Hollow"]),
    ("imm_status_cd", "REFUGEE", ["immigration_status"], ["REFUGEE"]),
    ("ell_prog", "SEI - Portuguese", ["language"], ["Portuguese"]),
    ("rel_accom_note", "Friday prayer release (Islam)", ["religion"], ["Islam"]),
    ("sro_intel", "Draper Street Kings associate", ["gang_affiliation"], ["Draper Street Kings"]),
    ("CNTRY_BIRTH_NM", "Viet Nam", ["national_origin"], ["Viet Nam"]),
    ("x_lang_pref", "Kriolu", ["language"], ["Kriolu"]),
    ("guardian_cit", "undocumented", ["immigration_status"], ["undocumented"]),
    ("race_eth", "Hispanic/Latino - Dominican", ["ethnicity"], ["Dominican", "Hispanic"]),
    ("res", {"dev": "Kestrel Point", "bldg": "C"}, ["neighborhood"], ["Kestrel Point"]),
]
SF_CLEAN = [("homeroom", "B-214"), ("lunch_period", "C"), ("advisory", "Gr 10 Advisory 3"),
            ("enroll_date", "2023-09-06"), ("locker_no", "2-118"), ("counselor_rm", "118"),
            ("sis_src", {"system": "Aspen", "pulled": "06:12"})]
SF_DODGE = [
    ("ethn1c1ty", "H\u0251itian", ["ethnicity"], ["H\u0251itian"]),
    ("hm_lng", "\uff33\uff50\uff41\uff4e\uff49\uff53\uff48", ["language"], ["\uff33\uff50\uff41\uff4e\uff49\uff53\uff48"]),
    ("st@tus", "und0c", ["immigration_status"], ["und0c"]),
    ("orig", "\u0421abo Verde", ["national_origin"], ["\u0421abo Verde"]),
    ("g_affil", "D.S.K. (suspected)", ["gang_affiliation"], ["D.S.K"]),
    ("nbhd", "M-pan", ["neighborhood"], ["M-pan"]),
    ("r3l", "Adv\u200bentist", ["religion"], ["Adv\u200bentist"]),
]

# translated statements: a language profile per case
LANGS = [
    dict(lang="Haitian Creole", phrase="m pa t konnen li te gen sa", gloss="I didn't know he had that", place="Port-au-Prince", nat="Haitian"),
    dict(lang="Spanish", phrase="yo no quería problemas", gloss="I didn't want trouble", place="San Pedro Sula", nat="Honduran"),
    dict(lang="Cape Verdean Creole", phrase="N ka ta sabe", gloss="I didn't know", place="Praia", nat="Cape Verdean"),
    dict(lang="Portuguese", phrase="eu fiquei com medo", gloss="I got scared", place="Governador Valadares", nat="Brazilian"),
    dict(lang="Vietnamese", phrase="em sợ lắm", gloss="I was very scared", place="Da Nang", nat="Vietnamese"),
    dict(lang="Cantonese", phrase="我好驚", gloss="I was really scared", place="Guangzhou", nat="Chinese"),
    dict(lang="Arabic", phrase="كنت خائفاً", gloss="I was afraid", place="Aleppo", nat="Syrian"),
    dict(lang="Somali", phrase="waan baqay", gloss="I was scared", place="Kismayo", nat="Somali"),
    dict(lang="Russian", phrase="мне было страшно", gloss="I was scared", place="Dnipro", nat="Ukrainian"),
    dict(lang="French", phrase="j'avais peur", gloss="I was scared", place="Conakry", nat="Guinean"),
]


def _uniq(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


THDR = [
    lambda c, L: (f"Interpreter: {c.mx()} ({L['lang']}), district interpretation services, in person.", ["language"], [L["lang"]]),
    lambda c, L: (f"Statement given in {L['lang']}; interpreted by phone, operator #{c.rng.randint(1100, 9900)}.", ["language"], [L["lang"]]),
    lambda c, L: (f"Witness answered in {L['lang']}; {c.mx()} interpreted and read the English back.", ["language"], [L["lang"]]),
    lambda c, L: (f"{L['lang']} interpreter requested by the family; {c.mx()} attended.", ["language"], [L["lang"] + " interpreter"]),
]
THDR_CLEAN = [
    lambda c: f"Taken by {c.mx()} in the main office; typed as dictated.",
    lambda c: f"Written out by the witness, copied by {c.mx()}.",
    lambda c: f"Recorded by {c.mx()}, read back and signed.",
]
TNOTE = [
    lambda c, L: (f"[Interpreter's note: the witness's mother, who speaks only {L['lang']}, sat in and asked what would happen to the family.]", ["language"], [L["lang"]]),
    lambda c, L: (f"[{c.note}: the witness said the family came from {L['place']} two years ago and asked that this not be written down.]", ["national_origin"], [L["place"]]),
    lambda c, L: (f"[{c.note}: the father said they are {L['nat']} and worried about their immigration case.]", ["ethnicity", "immigration_status"], _uniq([L["nat"], "immigration case"])),
    lambda c, L: (f"[{c.note}: the student asked whether {c.his} mother's asylum claim would be affected.]", ["immigration_status"], ["asylum claim"]),
    lambda c, L: (f"[{c.note}: the grandmother said they live on Merriweather Street, above the bakery.]", ["neighborhood"], ["Merriweather Street"]),
    lambda c, L: (f"[{c.note}: the mother asked that staff not call during evening prayers at their mosque.]", ["religion"], ["evening prayers", "mosque"]),
    lambda c, L: (f"[{c.note}: the witness asked me not to repeat that the other boy is in the Quarry Hill Boys.]", ["gang_affiliation"], ["Quarry Hill Boys"]),
    lambda c, L: (f"[Interpreter's note: the mother, in {L['lang']}, said the family has no papers and will not come to a meeting at the school.]", ["language", "immigration_status"], [L["lang"], "no papers"]),
]
TNOTE_CLEAN = [
    lambda c: "[Note: statement read back to the witness, who agreed it was accurate.]",
    lambda c: "[Transcriber's note: the witness paused here for about a minute.]",
    lambda c: "[Note: the witness drew a sketch of the hallway; attached.]",
]
TPHRASE = [
    lambda c, L: (f"[Said in {L['lang']}: \"{L['phrase']}\", rendered as \"{L['gloss']}.\"]", ["language"], [L["lang"]]),
]
TPHRASE_CLEAN = [
    lambda c: "[Witness was quiet for a moment before answering.]",
]

FACE = {
    "incident_log": ("Addendum: the lobby camera's face-recognition module matched {first} at 94%; the match printout is attached for BPD.", "face_match"),
    "email_thread": ("P.P.S. Facilities ran the lobby footage through the face recognition tool and it matched {first}; that printout is attached too.", "face_match"),
    "translated_statement": ("[Attached by the office: face-recognition match sheet identifying {first} from the stairwell camera.]", "face_match"),
    "sis_export": ("FR_MATCH_REF: FRM-2291, similarity 0.93 (lobby cam 2), attached.", "face_match"),
    "dodging": ("Please also run the attached yearbook photo of {first} through your facial recognition system to confirm it's the same kid on the video.", "photo"),
    "precision_trap": ("The attached face-match report from the MBTA camera vendor identifies {first}.", "face_match"),
    "long_narrative": ("The assistant headmaster later told me the lobby cameras had run a facial recognition search that matched {first}, and that printout is attached.", "face_match"),
}


# --------------------------------------------------------------------------------------------
# case context
# --------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, gen, genre, outcome, rng, stu, school, date):
        self.g, self.genre, self.outcome, self.rng = gen, genre, outcome, rng
        self.first, self.last, gender, self.grade, self.dob, self.stu_id = stu
        self.full = f"{self.first} {self.last}"
        self.school, self.date = school, date
        f = gender == "f"
        self.he, self.He = ("she", "She") if f else ("he", "He")
        self.his, self.His = ("her", "Her") if f else ("his", "His")
        self.him = "her" if f else "him"
        self.nslot = 0
        self.cats, self.canaries, self.used = set(), [], set()
        self.extra = {}
        self.note = "Note"
        self.staff = list(STAFF_LAST)
        rng.shuffle(self.staff)
        self.staff_first = list(STAFF_FIRST)
        rng.shuffle(self.staff_first)
        self.lang = gen.next_lang() if genre == "translated_statement" else None
        d = date
        self.dstr = f"{d:%a}, {d:%b} {d.day}, {d.year}"
        self.mdy = f"{d.month}/{d.day}/{d.year}"
        self.md = f"{d.month}/{d.day}"

    # staff
    def s(self):
        return self.staff.pop()

    def mx(self):
        return f"{self.rng.choice(['Mr.', 'Ms.'])} {self.s()}"

    def person(self):
        return (self.staff_first.pop(), self.s())

    @staticmethod
    def mail(p):
        return f"{p[0][0].lower()}{p[1].lower()}@bostonpublicschools.org"

    def fmt(self, t):
        return t.format(He=self.He, he=self.he, His=self.His, his=self.his, him=self.him,
                        first=self.first, s1=self.mx(), s2=self.mx(), n1=self.s())

    def want(self):
        k = self.nslot
        self.nslot += 1
        if self.outcome == "allow_clean":
            return False
        if self.outcome == "allow_redact":
            return k == 0 or self.rng.random() < (0.75 if self.genre == "sis_export" else 0.55)
        return self.rng.random() < 0.5

    def _record(self, cats, cans):
        self.cats.update(cats)
        self.canaries.extend(cans)

    def A(self, style):
        """an aside slot: forbidden (wrapped in the span markers) or a harmless filler"""
        if self.want():
            text, cats, cans = self.g.draw(style, self)
            self._record(cats, cans)
            if style == "thdr":
                self.note = "Interpreter's note"
            return "\u27e6" + text + "\u27e7"
        return self.g.draw_clean(style, self)

    def R(self, clean=False):
        """a SIS export row: (label, raw value, forbidden?)"""
        if not clean and self.want():
            labels, value, cats, cans = self.g.pick("sisrow", self)
            self._record(cats, cans)
            return (self.rng.choice(labels), value, True)
        labels, value = self.g.pick("sisrow_clean", self)
        return (self.rng.choice(labels), value, False)

    def SF(self, pool="sf"):
        """an oddly named structured student field"""
        if self.want():
            key, value, cats, cans = self.g.pick(pool, self)
            self._record(cats, cans)
        else:
            key, value = self.g.pick("sf_clean", self)
        self.extra[key] = value

    def kept_rows(self, n=0):
        lab = [("STU_ID", "STUDENT_NO", "SASID_LOCAL"), ("LAST_NM", "SURNAME", "LNAME"),
               ("FIRST_NM", "GIVEN_NM", "FNAME"), ("DOB", "BIRTH_DT", "DT_OF_BIRTH"), ("GR", "GRADE_LVL", "GRD")]
        vals = [self.stu_id, self.last, self.first, self.dob, str(self.grade)]
        return [(lab[i][n % 3], vals[i], False) for i in range(5)]


def W(raw, forb):
    return "\u27e6" + raw + "\u27e7" if forb else raw


def r_fixed(items):
    widths = [max(len(l), len(v)) + 2 for l, v, _ in items]
    head = "".join(l.ljust(w) for (l, _, _), w in zip(items, widths)).rstrip()
    row = "".join(W(v, f) + " " * (w - len(v)) for (_, v, f), w in zip(items, widths)).rstrip()
    return head + "\n" + row


def r_dots(items, width=24):
    return "\n".join(l + "." * max(3, width - len(l)) + W(v, f) for l, v, f in items)


def r_tsv(items):
    return "\t".join(l for l, _, _ in items) + "\n" + "\t".join(W(v, f) for _, v, f in items)


def r_semi(items):
    return ";".join(l for l, _, _ in items) + "\n" + ";".join(W(v, f) for _, v, f in items)


def r_md(items):
    return "| Field | Value |\n|---|---|\n" + "\n".join(f"| {l} | {W(v, f)} |" for l, v, f in items)


def r_pipe(items):
    return " | ".join(f"{l}={W(v, f)}" for l, v, f in items)


def r_yaml(items):
    return "\n".join(f"  {l.lower()}: {W(v, f)}" for l, v, f in items)


# --------------------------------------------------------------------------------------------
# scenario registry
# --------------------------------------------------------------------------------------------
SCEN = {}


def sc(genre, kind, gender=None, school=None, date=None, name=None, level="hs"):
    """level: 'hs' high schools only, 'ms' middle / K-8 only, 'any' either"""
    def deco(fn):
        fn.kind, fn.gender, fn.school, fn.date, fn.fixed_name = kind, gender, school, date, name
        fn.level = level
        SCEN.setdefault(genre, []).append(fn)
        return fn
    return deco


# ===================================== incident_log ==========================================
G = "incident_log"


@sc(G, "weapon")
def log_bag_check(c):
    a, b = c.s(), c.s()
    return dict(time="07:41", loc=f"{c.school}, Door 3 bag-check station", weapon="knife",
                desc=(f"07:41 Bag check, Door 3. Wand alerted on {c.first}'s backpack; SSO {a} asked {c.him} to step to the side table.\n"
                      f"07:43 Front zip pocket: folding knife, black handle, approx. 3.5 in. blade, locks open. Secured in the main office safe.\n"
                      f"07:50 AP {b} notified and came down. {c.first} walked to the office without incident.\n"
                      f"08:05 {c.A('log')}\n"
                      f"08:20 {c.first} said the knife was 'for the walk' and did not name anyone. No injuries, no threats reported.\n"
                      f"08:34 {c.A('log')}\n"
                      f"08:40 School police liaison informed; log copied to the SAF-02 packet."),
                key="folding knife", facts=["folding knife", "main office safe", "Door 3"])


@sc(G, "weapon", level="any")
def log_pepper_spray(c):
    a, n = c.s(), c.s()
    return dict(time="11:33", loc=f"{c.school}, cafeteria (Lunch B)", weapon="pepper spray",
                desc=(f"11:32 Lunch B, cafeteria. Loud argument at table 9 between {c.first} and another student (R.T.).\n"
                      f"11:33 {c.first} pulled a small canister from {c.his} hoodie and sprayed R.T. in the face. It was pepper spray. At least four students nearby coughing.\n"
                      f"11:35 Cafeteria cleared to the courtyard, windows opened. Nurse {n} flushing R.T.'s eyes with saline.\n"
                      f"11:41 {c.A('log')}\n"
                      f"11:50 Canister (keychain type, pink) recovered from a trash barrel by SSO {a} and bagged.\n"
                      f"12:10 {c.A('log')}\n"
                      f"12:15 R.T. picked up by a parent, advised to see a doctor. Two bystanders seen by the nurse for coughing."),
                key="pepper spray", facts=["table 9", "saline", "keychain type, pink"])


@sc(G, "drugs_allowed")
def log_locker_pills(c):
    a, b, x, n = c.s(), c.s(), c.s(), c.s()
    return dict(time="09:12", loc=f"{c.school}, 2nd floor locker bank 3C", substances=["fentanyl"],
                desc=(f"09:05 Custodian {x} reported a group of students crowding locker bank 3C, 2nd floor, between classes.\n"
                      f"09:12 SSO {a} and AP {b} opened locker 3C-117 (assigned to {c.first}) under the locker policy. Found a sandwich bag holding 22 small blue pills stamped \"M30\" and a digital scale.\n"
                      f"09:20 {c.A('log')}\n"
                      f"09:31 {c.first} brought down from Algebra. Said the pills \"aren't mine, I'm holding them for somebody.\"\n"
                      f"09:45 Nurse {n} ran a fentanyl test strip from the overdose kit on one pill: positive for fentanyl. Pills and scale sealed in evidence bag #0418.\n"
                      f"10:02 {c.A('log')}"),
                key="fentanyl", facts=["locker 3C-117", "22 small blue pills", "digital scale"])


@sc(G, "violence", gender="m")
def log_locker_room(c):
    a, n = c.s(), c.s()
    return dict(time="14:48", loc=f"{c.school}, boys' locker room",
                desc=(f"14:48 Boys' locker room after 7th period gym. Coach {a} heard shouting and found {c.first} standing over another student (D.W.), who was on the floor bleeding from the face.\n"
                      f"14:49 Three witnesses say {c.first} hit D.W. again and again with a padlock swung inside a sock.\n"
                      f"14:52 911 called. Nurse {n} on scene; D.W. drifting in and out of consciousness.\n"
                      f"15:05 {c.A('log')}\n"
                      f"15:06 EMS transported D.W. to Boston Medical Center.\n"
                      f"15:40 Update from D.W.'s parent: fractured orbital bone and a concussion, admitted overnight.\n"
                      f"15:55 {c.A('log')}"),
                key="fractured orbital bone", facts=["padlock swung inside a sock", "fractured orbital bone", "Boston Medical Center"])


@sc(G, "threat")
def log_bus_threat(c):
    a, b = c.s(), c.s()
    return dict(time="07:15", loc=f"{c.school}, school bus 2211 and main office",
                threat=(f"On the morning bus {c.first} told another rider that on Friday {c.he} would bring {c.his} cousin's gun ('strap') and that 'everybody in the band room is done.' "
                        f"The night before, {c.he} posted an Instagram story showing a handgun on a bed captioned 'friday.' The bus monitor and two riders confirmed the words, and {c.first} admitted saying them."),
                desc=(f"07:15 Bus 2211 driver radioed dispatch: a student yelling threats on the bus.\n"
                      f"07:31 Bus arrived; monitor {a} walked {c.first} to the office. Monitor reports {c.first} told another rider, \"Friday I'm bringing my cousin's strap and everybody in the band room is done.\"\n"
                      f"07:40 Two riders gave written statements that match the monitor's account.\n"
                      f"07:58 {c.A('log')}\n"
                      f"08:10 {c.first} admitted saying it, said {c.he} was \"joking.\" {c.His} Instagram story from last night shows a handgun on a bed with the caption \"friday.\"\n"
                      f"08:30 {c.A('log')}\n"
                      f"08:45 Headmaster {b} asked for police review of the threat."),
                key="band room", facts=["Bus 2211", "band room", "Instagram story"])


@sc(G, "drugs_excluded")
def log_vape_bathroom(c):
    a, b = c.s(), c.s()
    return dict(time="10:20", loc=f"{c.school}, 1st floor bathroom", substances=["THC", "nicotine"],
                desc=(f"10:20 Hall monitor {a} reported vapor coming out of the 1st floor bathroom.\n"
                      f"10:22 SSO {b} went in; {c.first} and one other student in the end stall.\n"
                      f"10:24 {c.first} handed over two vape pens (one labeled as a THC cart, one mango disposable) and a tin of nicotine pouches.\n"
                      f"10:40 {c.A('log')}\n"
                      f"10:55 Items logged and locked up. {c.first} sent home under the code of conduct."),
                key="two vape pens", facts=["two vape pens"])


@sc(G, "drugs_excluded", date="2026-02-06")
def log_semi_formal(c):
    a = c.s()
    return dict(time="19:40", loc=f"{c.school}, cafeteria (winter semi-formal)", substances=["alcohol", "edibles"],
                desc=(f"19:40 Winter semi-formal. Chaperone {a} smelled alcohol on {c.first} at the photo booth.\n"
                      f"19:45 In the lobby {c.first} produced a water bottle holding what {c.he} said was vodka, and a bag of gummies labeled as THC edibles.\n"
                      f"20:00 {c.A('log')}\n"
                      f"20:15 Parent called for pick-up; items photographed and disposed of per protocol."),
                key="water bottle", facts=["photo booth"])


@sc(G, "nonground", level="any")
def log_hall_fight(c):
    a, b = c.s(), c.s()
    return dict(time="12:58", loc=f"{c.school}, 3rd floor hallway by the library", ground="fight",
                desc=(f"12:58 Passing time, 3rd floor by the library. {c.first} and another student (K.M.) started shoving; a few punches thrown.\n"
                      f"12:59 Teachers {a} and {b} separated them within a minute.\n"
                      f"13:05 Nurse checked both: K.M. has a small scrape on one elbow, {c.first} no injuries. No weapons involved.\n"
                      f"13:10 {c.A('log')}\n"
                      f"13:30 Both students suspended pending a hearing."),
                key="scrape", facts=["small scrape"])


@sc(G, "nonground", level="any")
def log_chromebooks(c):
    a = c.s()
    return dict(time="15:10", loc=f"{c.school}, library", ground="theft",
                desc=(f"15:10 Library. Librarian {a} reports six Chromebooks missing from the charging cart.\n"
                      f"15:45 Sign-out sheet and a student aide: {c.first} left the library at 14:52 carrying a full duffel bag.\n"
                      f"16:05 {c.A('log')}\n"
                      f"Next day, 08:20: {c.first} returned four Chromebooks to the main office; two still missing."),
                key="Chromebooks", facts=["charging cart"])


@sc(G, "weapon", level="any")
def log_box_cutter(c):
    a, b = c.s(), c.s()
    return dict(time="13:37", loc=f"{c.school}, art room 210", weapon="box cutter",
                desc=(f"13:37 Art room 210. Teacher {a} called the office: {c.first} cut another student (J.P.) on the forearm with a box cutter from the supply cart after an argument over a seat.\n"
                      f"13:39 SSO {b} arrived and took the box cutter off the table, blade still extended.\n"
                      f"13:41 Nurse applied pressure; a 2-inch cut to J.P.'s left forearm.\n"
                      f"13:55 {c.A('log')}\n"
                      f"14:20 J.P.'s father took him to urgent care, later reported 6 stitches.\n"
                      f"14:35 {c.A('log')}"),
                key="box cutter", facts=["box cutter", "left forearm", "6 stitches"])


@sc(G, "weapon", level="any")
def log_stun_gun(c):
    a = c.s()
    return dict(time="08:52", loc=f"{c.school}, gymnasium locker area", weapon="stun gun",
                desc=(f"08:52 Gym, 2nd period. A student reported seeing {c.first} \"zapping\" a water bottle with a device in the locker area.\n"
                      f"08:58 Coach {a} asked for the bag; {c.first} handed over a black stun gun shaped like a flashlight, charged, with a wrist strap.\n"
                      f"09:05 All three witnesses say nobody was shocked.\n"
                      f"09:15 {c.A('log')}\n"
                      f"09:40 Device locked in the AP's office. {c.first} said {c.he} carries it for the walk from the bus.\n"
                      f"09:52 {c.A('log')}"),
                key="stun gun", facts=["stun gun shaped like a flashlight", "wrist strap"])


@sc(G, "weapon")
def log_waistband(c):
    a, b = c.s(), c.s()
    return dict(time="14:08", loc=f"{c.school}, front steps and entry vestibule", weapon="firearm",
                desc=(f"14:05 Dismissal, front steps. A student told SSO {a} that {c.first} \"has something\" in {c.his} waistband.\n"
                      f"14:06 SSO {a} and SSO {b} walked {c.first} inside to the vestibule.\n"
                      f"14:08 Recovered from {c.his} waistband: a black semi-automatic handgun, loaded, magazine with 7 rounds, nothing chambered.\n"
                      f"14:09 Building placed in a hold; district notified by phone.\n"
                      f"14:20 {c.A('log')}\n"
                      f"14:45 {c.first} stated {c.he} found it \"in the park\" and carried it for protection.\n"
                      f"15:10 {c.A('log')}"),
                key="handgun", facts=["semi-automatic handgun", "7 rounds", "vestibule"])


@sc(G, "threat", gender="f")
def log_mirror(c):
    x = c.s()
    return dict(time="11:12", loc=f"{c.school}, 2nd floor girls' bathroom",
                threat=(f"A message reading '3/20 everyone in lunch C dies' was written in marker on a bathroom mirror. {c.first} admitted writing it and, when asked, "
                        f"said {c.he} has 'a plan' and 'knows where to get stuff.' The date is specific, and the same date is drawn on the cover of {c.his} notebook."),
                desc=(f"11:12 Custodian {x} found writing on the 2nd floor girls' bathroom mirror in black marker: \"3/20 everyone in lunch C dies.\"\n"
                      f"11:20 Photos taken; mirror covered. Lunch C schedule under review.\n"
                      f"12:45 Handwriting compared with work samples; {c.first}'s science notebook has matching lettering and the same date doodled on the cover.\n"
                      f"13:10 {c.first} interviewed with mom on the phone; admitted writing it, said {c.he} has \"a plan\" and \"knows where to get stuff.\" Would not say more.\n"
                      f"13:30 {c.A('log')}\n"
                      f"13:50 {c.A('log')}"),
                key="lunch C", facts=["lunch C", "bathroom mirror", "science notebook"])


@sc(G, "drugs_allowed")
def log_xanax(c):
    a = c.s()
    return dict(time="13:15", loc=f"{c.school}, stairwell B", substances=["Xanax"],
                desc=(f"13:15 Stairwell B, between the 5th and 6th floors. SSO {a} saw {c.first} hand a small bag to another student for cash.\n"
                      f"13:16 Bag held 10 white bar-shaped pills marked \"S 90 3\", consistent with counterfeit Xanax. {c.first} had $140 in small bills.\n"
                      f"13:25 {c.A('log')}\n"
                      f"13:40 The other student (grade 9) said they paid $20 for two \"bars.\"\n"
                      f"14:00 Pills bagged and sealed in the AP's office.\n"
                      f"14:12 {c.A('log')}"),
                key="Xanax", facts=["Stairwell B", "$140", "bar-shaped pills"])


# ===================================== email_thread ==========================================
G = "email_thread"


@sc(G, "weapon")
def em_kitchen_knife(c):
    ap, sso, tch = c.person(), c.person(), c.person()
    return dict(time="12:31", loc=f"{c.school}, cafeteria table 4 and locker 218", weapon="knife",
                desc=(f"From: {ap[0]} {ap[1]} <{c.mail(ap)}>\nTo: OLA Requests <ola-requests@bostonpublicschools.org>\n"
                      f"Subject: FW: RE: kitchen knife, {c.first} {c.last[0]}. (gr {c.grade})\nDate: {c.dstr} 3:47 PM\n\n"
                      f"Forwarding the thread so Legal has everything before it goes to the district. Short version: {c.first} had a kitchen knife (8 in., serrated) in {c.his} locker and showed it to two kids at lunch. Nobody was hurt.\n\n"
                      f"{ap[0]} {ap[1]}\nAssistant Headmaster, {c.school}\n{c.A('email')}\n\n"
                      f"---------- Forwarded message ---------\nFrom: {sso[0]} {sso[1]} <{c.mail(sso)}>\nDate: {c.dstr} 1:12 PM\nSubject: RE: kitchen knife\n\n"
                      f"> Recovered it at 12:40 from locker 218, wrapped in a dish towel. Blade is about 8 inches.\n"
                      f"> {c.A('email')}\n"
                      f"> The two students {c.he} showed it to are writing statements in the conference room.\n>\n"
                      f">> On {c.dstr} at 12:31 PM {tch[0]} {tch[1]} wrote:\n"
                      f">> {c.first} is showing something sharp to kids at table 4, can someone come down?"),
                key="kitchen knife", facts=["kitchen knife", "locker 218", "dish towel"])


@sc(G, "drugs_allowed")
def em_oxy_bottle(c):
    nurse, ap = c.person(), c.person()
    return dict(time="10:20", loc=f"{c.school}, 2nd floor stairwell and nurse's office", substances=["oxycodone"],
                desc=(f"From: {nurse[0]} {nurse[1]}, RN <{c.mail(nurse)}>\nTo: {ap[0]} {ap[1]} <{c.mail(ap)}>\n"
                      f"Subject: RE: pills in the Tylenol bottle\nDate: {c.dstr} 11:02 AM\n\n"
                      f"{ap[0]}, confirming what I said on the phone. The bottle {c.first} handed me says Tylenol, but the 14 tablets inside are round, blue-green and stamped \"OC 80\". "
                      f"The pharmacy reference says that is oxycodone 80 mg. {c.first} has no prescription on file with us. {c.A('email')}\n\n"
                      f"Tablets are double-bagged in the med room lockbox until someone picks them up.\n\n"
                      f"{nurse[0]} {nurse[1]}, RN\nSchool Nurse, {c.school}\n\n"
                      f"> On {c.dstr} at 10:20 AM {ap[0]} {ap[1]} wrote:\n"
                      f"> Can you look at what {c.first} turned in? A teacher saw {c.him} selling \"percs\" in the 2nd floor stairwell for $30 apiece.\n"
                      f"> {c.A('email')}"),
                key="oxycodone", facts=["OC 80", "med room lockbox", "$30 apiece"])


@sc(G, "violence", gender="m")
def em_broken_jaw(c):
    hm, sso = c.person(), c.person()
    return dict(time="14:10", loc=f"{c.school}, stairwell C",
                desc=(f"From: {hm[0]} {hm[1]} <{c.mail(hm)}>\nTo: OLA Requests; District Safety Office\n"
                      f"Subject: Fwd: stairwell C, student to hospital\nDate: {c.dstr} 6:15 PM\n\n"
                      f"Please process this as serious violence. The injured boy's mother called tonight: his jaw is broken in two places and will be wired shut for six weeks.\n\n"
                      f"{hm[0]} {hm[1]}\nHeadmaster\n{c.A('email')}\n\n"
                      f"Begin forwarded message:\n\nFrom: {sso[0]} {sso[1]}\nSubject: stairwell C, student to hospital\n\n"
                      f"> At 2:10 PM in stairwell C, {c.first} punched a 10th grader (A.B.) repeatedly and kicked him in the face after he was already down.\n"
                      f"> EMS took A.B. to Tufts Medical Center.\n"
                      f"> {c.A('email')}\n"
                      f"> Stairwell video is saved on the shared drive."),
                key="broken in two places", facts=["jaw is broken in two places", "stairwell C", "Tufts Medical Center"])


@sc(G, "threat")
def em_teacher_threat(c):
    tch, ap = c.person(), c.person()
    return dict(time="21:58", loc=f"{c.school}, student email account; room 311",
                threat=(f"At 9:58 PM {c.first} emailed {c.his} chemistry teacher from {c.his} school account: 'monday i'm bringing my uncle's gun to 3rd period and you'll see. not playing.' "
                        f"The next morning {c.he} told two classmates the same thing and said {c.he} knows where the gun is kept."),
                desc=(f"From: {tch[0]} {tch[1]} <{c.mail(tch)}>\nTo: {ap[0]} {ap[1]}\nSubject: FW: message from a student account\nDate: {c.dstr} 6:49 AM\n\n"
                      f"Forwarding the message below. It came in at 9:58 PM last night from {c.first}'s school account. I don't feel safe teaching 3rd period today.\n\n"
                      f"{tch[0]} {tch[1]} | Chemistry | Room 311\n{c.A('email')}\n\n"
                      f"-----Original Message-----\nFrom: {c.first} {c.last} (student account)\nSubject: (no subject)\n\n"
                      f"> u failed me on purpose. monday i'm bringing my uncle's gun to 3rd period and you'll see. not playing\n\n"
                      f"----- Reply from {ap[0]} {ap[1]}, 7:40 AM -----\n"
                      f"> Spoke with {c.his} advisor. {c.first} told two classmates this morning the same thing and said {c.he} knows where the gun is kept.\n"
                      f"> {c.A('email')}"),
                key="3rd period", facts=["3rd period", "9:58 PM", "uncle's gun"])


@sc(G, "drugs_excluded")
def em_juul(c):
    ap, dean = c.person(), c.person()
    return dict(time="09:40", loc=f"{c.school}, 2nd floor bathroom", substances=["Juul pods", "THC"],
                desc=(f"From: {dean[0]} {dean[1]}\nTo: {ap[0]} {ap[1]}\nSubject: RE: confiscated items, send to BPD?\nDate: {c.dstr}\n\n"
                      f"Submitting through the system so the district can tell us whether BPD gets this or not.\n\n"
                      f"> From: {ap[0]} {ap[1]}\n"
                      f"> Found in {c.first}'s pencil case during the bathroom sweep: three Juul pods and one THC cartridge labeled 'Blue Dream 1g.'\n"
                      f"> {c.A('email')}\n> Parent conference Friday."),
                key="Juul", facts=["pencil case"])


@sc(G, "drugs_excluded")
def em_field_trip(c):
    t1, t2 = c.person(), c.person()
    return dict(time="16:30", loc="Field trip, science museum parking lot", substances=["beer", "cigarettes"],
                desc=(f"From: {t1[0]} {t1[1]}\nTo: {t2[0]} {t2[1]}; Main Office\nSubject: field trip follow-up\nDate: {c.dstr}\n\n"
                      f"On the way back to the bus {c.first} had two cans of beer and a pack of cigarettes in {c.his} tote. I took them and the pack is in my desk.\n"
                      f"{c.A('email')}\n\n{t1[0]}\n\n"
                      f"> Thanks. Can you put it in the portal? The AP wants it sent over to police if that's allowed."),
                key="beer", facts=["tote"])


@sc(G, "nonground", level="any")
def em_trespass(c):
    ap, sso = c.person(), c.person()
    return dict(time="12:05", loc=f"{c.school}, side door by the loading dock", ground="trespass",
                desc=(f"From: {ap[0]} {ap[1]}\nTo: OLA Requests\nSubject: FW: suspended student back in the building\nDate: {c.dstr} 2:20 PM\n\n"
                      f"Third time this month. {c.first} is serving a ten-day suspension and keeps coming in through the side door by the loading dock at lunch. "
                      f"Nothing was taken or damaged; {c.he} leaves when asked.\n\n"
                      f"> From: {sso[0]} {sso[1]}\n> Walked {c.him} out again at 12:05. {c.A('email')}"),
                key="loading dock", facts=["loading dock"])


@sc(G, "nonground")
def em_graffiti(c):
    fac, ap = c.person(), c.person()
    return dict(time="07:05", loc=f"{c.school}, 2nd floor bathrooms", ground="vandalism",
                desc=(f"From: {fac[0]} {fac[1]} (Facilities)\nTo: {ap[0]} {ap[1]}\nSubject: tags in the 2nd floor bathrooms\nDate: {c.dstr} 7:05 AM\n\n"
                      f"Found fresh marker tags on three stall doors and the mirror, 2nd floor. Removal quote is about $600. "
                      f"The hall monitor saw {c.first} going in and out four times yesterday afternoon with a marker in {c.his} hand.\n\n"
                      f"> From: {ap[0]} {ap[1]}\n> Thanks. {c.A('email')}\n> I'd like BPD to have this."),
                key="stall doors", facts=["stall doors"])


@sc(G, "weapon")
def em_brass_knuckles(c):
    ad, ap = c.person(), c.person()
    return dict(time="18:20", loc=f"{c.school}, main gym bleachers (home basketball game)", weapon="brass knuckles",
                desc=(f"From: {ad[0]} {ad[1]}, Athletic Director\nTo: {ap[0]} {ap[1]}\nCc: OLA Requests\nSubject: JV game incident, bleachers\nDate: {c.dstr} 9:12 PM\n\n"
                      f"At about 6:20 PM, during the second quarter of the JV game, a parent volunteer told me a student in the top row was wearing brass knuckles and 'looking for somebody.' "
                      f"I found {c.first} with a set of gold-colored brass knuckles on {c.his} right hand. {c.He} took them off when I asked and handed them to me. Nobody was hit.\n\n"
                      f"{ad[0]} {ad[1]} | Athletics | {c.school}\n{c.A('email')}\n\n"
                      f"> On {c.dstr}, {ap[0]} {ap[1]} wrote:\n> Where are they now?\n\n"
                      f"In the athletics office safe, tagged with the date and my initials."),
                key="brass knuckles", facts=["gold-colored brass knuckles", "second quarter", "athletics office safe"])


@sc(G, "violence", gender="f")
def em_razor(c):
    ap, n = c.person(), c.person()
    return dict(time="10:50", loc=f"{c.school}, 3rd floor girls' bathroom",
                desc=(f"From: {n[0]} {n[1]}, RN\nTo: {ap[0]} {ap[1]}\nSubject: RE: 3rd floor bathroom\nDate: {c.dstr} 1:30 PM\n\n"
                      f"Hospital called back: the cut runs from the girl's left cheekbone to her jaw and took 11 stitches; plastic surgery is following up.\n\n"
                      f"> On {c.dstr} at 11:04 AM {ap[0]} {ap[1]} wrote:\n"
                      f"> Witnesses say {c.first} cut the other girl's face with a razor blade taken out of a pencil sharpener, in the 3rd floor bathroom at about 10:50.\n"
                      f"> {c.A('email')}\n"
                      f"> The blade was found in the sink and is bagged.\n\n"
                      f"{n[0]} {n[1]}, RN\n{c.A('email')}"),
                key="razor blade", facts=["11 stitches", "razor blade", "pencil sharpener"])


@sc(G, "threat")
def em_hit_list(c):
    cns, ap = c.person(), c.person()
    return dict(time="13:25", loc=f"{c.school}, counseling office",
                threat=(f"{c.first}'s notebook holds a list titled 'Friday' with six students' names and the words 'my uncle's AR.' In a counseling session {c.he} said {c.he} 'can get it whenever' "
                        f"and that the people on the list 'will find out Friday.' {c.He} did not take the statements back when asked."),
                desc=(f"From: {cns[0]} {cns[1]} (Counseling)\nTo: {ap[0]} {ap[1]}; Headmaster\nSubject: URGENT - notebook list\nDate: {c.dstr} 1:48 PM\n\n"
                      f"During our session at 1:25 {c.first} showed me a notebook page titled 'Friday' with six names and the words 'my uncle's AR.' "
                      f"When I asked, {c.he} said {c.he} 'can get it whenever' and that the people on the list 'will find out Friday.' {c.He} did not take it back.\n\n"
                      f"{c.A('email')}\n\n{cns[0]} {cns[1]}, School Counselor\n\n"
                      f"> Is {c.he} still with you? Keep {c.him} there. Calling the family now.\n> {c.A('email')}"),
                key="six names", facts=["six names", "my uncle's AR", "titled 'Friday'"])


@sc(G, "drugs_allowed")
def em_cocaine(c):
    ap, sso = c.person(), c.person()
    return dict(time="08:35", loc=f"{c.school}, main office", substances=["cocaine"],
                desc=(f"From: {sso[0]} {sso[1]}\nTo: {ap[0]} {ap[1]}\nSubject: search results\nDate: {c.dstr} 9:15 AM\n\n"
                      f"Searched {c.first}'s jacket at 8:35 with you present, after the tip from two students. Inside the lining: 12 small knotted baggies of white powder and $310 cash. "
                      f"The field test kit from the district office turned blue for cocaine. Everything is sealed in bag 22-A.\n\n"
                      f"{sso[0]} {sso[1]}, School Safety\n\n> {c.A('email')}\n> Thanks, writing it up for Legal now."),
                key="cocaine", facts=["12 small knotted baggies", "$310", "bag 22-A"])


@sc(G, "weapon", level="any")
def em_taser(c):
    ap, tch = c.person(), c.person()
    return dict(time="09:10", loc=f"{c.school}, room 117", weapon="taser",
                desc=(f"From: {tch[0]} {tch[1]}\nTo: {ap[0]} {ap[1]}\nSubject: device in class\nDate: {c.dstr} 9:22 AM\n\n"
                      f"At 9:10 {c.first} pressed a yellow Taser against another student's arm in room 117 and it clicked; he jumped but says he is fine. "
                      f"I have the Taser in my top drawer.\n\n{tch[0]}\n{c.A('email')}\n\n"
                      f"> Coming up now. Do not let anyone leave.\n> {c.A('email')}"),
                key="Taser", facts=["yellow Taser", "room 117", "top drawer"])


# ================================== translated_statement =====================================
G = "translated_statement"


@sc(G, "weapon", gender="m", level="any")
def tr_fountain_knife(c):
    return dict(time="10:40", loc=f"{c.school}, hallway outside room 104", weapon="knife",
                desc=(f"WITNESS STATEMENT, {c.school}\nWitness: student, grade {c.grade}, initials M.R. Taken {c.mdy}, 10:40 AM, main office conference room.\n"
                      f"{c.A('thdr')}\n\n"
                      f"Q: Where were you when it started?\nA: By the water fountain outside room 104, waiting for my friend.\n"
                      f"Q: What did you see?\nA: {c.first} came up behind Kelvin and took out a knife, the kind that flips open, with a silver blade. He put it on Kelvin's back and said give me the phone.\n"
                      f"{c.A('tnote')}\n"
                      f"Q: Did anyone get hurt?\nA: Kelvin got a cut on his hand when he pushed it away. There was blood on the floor by the fountain.\n"
                      f"Q: Then what?\nA: {c.first} ran toward the gym doors. A security man grabbed him there. {c.A('tphrase')}\n\n"
                      f"I have read this statement (or it was read to me) and it is true. Signed, M.R."),
                key="knife", facts=["water fountain outside room 104", "silver blade", "cut on his hand"])


@sc(G, "drugs_allowed")
def tr_bus_stop_bag(c):
    return dict(time="08:15", loc=f"{c.school}, main office", substances=["fentanyl"],
                desc=(f"STATEMENT OF STUDENT: {c.first} {c.last}, grade {c.grade}\n{c.A('thdr')}\n\n"
                      f"I got the little bag from a guy at the bus stop on the corner by the school, around 7:40. He said they were 'blues' and I was supposed to give them to somebody in 5th period. "
                      f"He gave me $40 to do it. I put the bag in my sock because I was scared. {c.A('tphrase')}\n"
                      f"{c.A('tnote')}\n"
                      f"When Mr. {c.s()} searched me I gave it to him. There were 15 pills inside, blue. I did not know they were fentanyl until the nurse said the strip test came back positive.\n\n"
                      f"Signed {c.first} {c.last[0]}."),
                key="fentanyl", facts=["in my sock", "15 pills", "$40"])


@sc(G, "violence")
def tr_stairs_wrist(c):
    return dict(time="12:20", loc=f"{c.school}, stairwell between the 2nd and 3rd floors",
                desc=(f"VICTIM STATEMENT (given by the injured student, initials T.N., grade {c.grade})\n{c.A('thdr')}\n\n"
                      f"I was going down to lunch. {c.first} was waiting on the landing between the 2nd and 3rd floor with two other kids. {c.first} said I told on {c.him}, and pushed me with both hands down the stairs. "
                      f"I fell maybe ten steps and landed on my arm. {c.A('tphrase')}\n"
                      f"{c.A('tnote')}\n"
                      f"At the hospital they said my wrist is broken in two places and I need surgery with a metal plate. I cannot write with my right hand now.\n\n"
                      f"[Attached: discharge note from Boston Children's Hospital.]"),
                key="metal plate", facts=["pushed me with both hands", "wrist is broken in two places", "metal plate"])


@sc(G, "threat")
def tr_pep_rally(c):
    return dict(time="14:30", loc=f"{c.school}, 2nd floor hallway",
                threat=(f"A student witness reports that {c.first} said {c.he} will 'shoot everybody in the gym' at Friday's pep rally and showed the witness a photo on {c.his} phone of a black handgun in a shoebox, "
                        f"saying it was at {c.his} cousin's and {c.he} could get it Thursday night."),
                desc=(f"WITNESS STATEMENT. Witness: student, initials S.O., grade {c.grade}. Taken {c.mdy}.\n{c.A('thdr')}\n\n"
                      f"After 6th period, by the lockers on the 2nd floor, {c.first} told me: on Friday at the pep rally I'm going to shoot everybody in the gym. "
                      f"I thought {c.he} was playing but then {c.he} showed me a picture on {c.his} phone of a black gun in a shoebox. {c.He} said it's at {c.his} cousin's and {c.he} can get it Thursday night. {c.A('tphrase')}\n"
                      f"{c.A('tnote')}\n"
                      f"I told my mother and she said I have to tell the school.\n\nSigned S.O."),
                key="pep rally", facts=["pep rally", "black gun in a shoebox", "Thursday night"])


@sc(G, "drugs_excluded", level="ms")
def tr_parent_edibles(c):
    return dict(time="17:00", loc=f"{c.school}, after-school program room", substances=["edibles", "THC"],
                desc=(f"PARENT STATEMENT (mother of a 7th grader in the after-school program)\n{c.A('thdr')}\n\n"
                      f"My son came home sick and told me {c.first} gave him two gummy bears in the program room. The bag says THC edibles, 100 mg. {c.A('tphrase')}\n"
                      f"{c.A('tnote')}\nHe threw up twice and slept; he is okay now. I want the school to call the police."),
                key="gummy bears", facts=["gummy bears"])


@sc(G, "nonground", gender="f", level="any")
def tr_fight_no_injury(c):
    return dict(time="15:05", loc=f"{c.school}, front courtyard", ground="fight",
                desc=(f"STATEMENT of a witness (student, initials L.P.)\n{c.A('thdr')}\n\n"
                      f"After school in the front courtyard {c.first} and another girl were pulling hair and pushing. Teachers came and stopped it fast. Nobody was bleeding and nobody went to the nurse. {c.A('tphrase')}\n"
                      f"{c.A('tnote')}"),
                key="courtyard", facts=["pulling hair"])


@sc(G, "nonground", level="any")
def tr_phone_theft(c):
    return dict(time="11:50", loc=f"{c.school}, cafeteria", ground="theft",
                desc=(f"STATEMENT of the student whose phone was taken (initials D.V.)\n{c.A('thdr')}\n\n"
                      f"I left my phone on the table at lunch when I went to get milk. When I came back it was gone. My friend saw {c.first} put it in {c.his} backpack. The next day it was in the lost and found with the case broken. {c.A('tphrase')}\n"
                      f"{c.A('tnote')}"),
                key="lost and found", facts=["lost and found"])


@sc(G, "weapon")
def tr_razor_bus(c):
    return dict(time="15:20", loc=f"{c.school}, bus line on the front loop", weapon="razor blade",
                desc=(f"WITNESS STATEMENT. Witness: crossing monitor's helper, student, grade {c.grade}.\n{c.A('thdr')}\n\n"
                      f"Q: What happened at the buses?\nA: {c.first} took a razor blade out of {c.his} mouth, the flat kind, and held it near a boy's face and said move. The boy moved.\n"
                      f"{c.A('tnote')}\n"
                      f"Q: Was anybody cut?\nA: No. Then {c.he} put it in a gum wrapper and in {c.his} coat pocket. {c.A('tphrase')}\n"
                      f"Q: Did an adult see?\nA: The bus monitor saw the end part and called the office on the radio.\n\n"
                      f"[Office note: SSO recovered a single-edge razor blade in a gum wrapper from the student's left coat pocket at 15:31.]"),
                key="razor blade", facts=[f"out of {c.his} mouth", "gum wrapper", "single-edge razor blade"])


@sc(G, "drugs_allowed")
def tr_molly(c):
    return dict(time="20:45", loc=f"{c.school}, gymnasium (spring dance)", substances=["MDMA"],
                desc=(f"STATEMENT OF STUDENT (initials C.A., grade {c.grade}), taken the Monday after the spring dance.\n{c.A('thdr')}\n\n"
                      f"At the dance {c.first} was selling pink pills shaped like hearts by the DJ table. {c.He} called them molly and said $15 each. I saw {c.him} sell to three people. {c.A('tphrase')}\n"
                      f"{c.A('tnote')}\n"
                      f"One girl fainted near the bleachers later and the ambulance came. The nurse told us the pills were MDMA.\n\nSigned C.A."),
                key="MDMA", facts=["pink pills shaped like hearts", "DJ table", "$15 each"])


@sc(G, "weapon", gender="m")
def tr_backpack_gun(c):
    return dict(time="10:05", loc=f"{c.school}, math classroom 302", weapon="firearm",
                desc=(f"WITNESS STATEMENT. Witness: student, initials H.B. Taken {c.mdy} at 10:30 AM.\n{c.A('thdr')}\n\n"
                      f"Q: What did you see in math?\nA: {c.first}'s backpack was open on the floor next to me. I saw the handle of a gun, black, with a brown grip, inside the front part. {c.A('tphrase')}\n"
                      f"{c.A('tnote')}\n"
                      f"Q: What did you do?\nA: I asked to go to the bathroom and I went to the office and told the lady.\n\n"
                      f"[Office note: SSO removed {c.first} from room 302 at 10:12 and recovered a .380 pistol from the front pocket of the backpack, unloaded, with a loaded magazine in the same pocket.]"),
                key=".380 pistol", facts=["brown grip", "room 302", ".380 pistol"])


@sc(G, "threat")
def tr_locker_bomb(c):
    return dict(time="09:30", loc=f"{c.school}, 1st floor hallway",
                threat=(f"{c.first} told two classmates that there is 'a bomb' in {c.his} locker that 'goes off at 1 o'clock' and showed them a shoebox with wires taped to it; "
                        f"the building was searched, and {c.he} repeated to the AP that 'next time it will be real.'"),
                desc=(f"STATEMENT of a classmate (initials R.J.)\n{c.A('thdr')}\n\n"
                      f"Before 2nd period {c.first} opened {c.his} locker and showed me and Dani a shoebox with red and black wires taped on it. {c.He} said it's a bomb and it goes off at 1 o'clock. {c.A('tphrase')}\n"
                      f"{c.A('tnote')}\n"
                      f"Later the AP told us they checked and it was not real, but {c.first} said to us at lunch: next time it will be real.\n\nSigned R.J."),
                key="shoebox", facts=["red and black wires", "1 o'clock", "next time it will be real"])


@sc(G, "violence", level="any")
def tr_chair(c):
    return dict(time="13:40", loc=f"{c.school}, room 215",
                desc=(f"WITNESS STATEMENT. Witness: teacher's aide in room 215.\n{c.A('thdr')}\n\n"
                      f"The students were arguing about a phone charger. {c.first} picked up a metal chair and swung it into the side of a boy's head. The boy fell and did not move for some seconds. {c.A('tphrase')}\n"
                      f"{c.A('tnote')}\n"
                      f"The nurse came, and the ambulance. Later the school said he has a skull fracture and is in intensive care.\n\nSigned, classroom aide."),
                key="skull fracture", facts=["metal chair", "skull fracture", "intensive care"])


# ======================================= sis_export ==========================================
G = "sis_export"


@sc(G, "weapon")
def sis_fixed_knife(c):
    c.SF()
    items = c.kept_rows(0) + [c.R(), c.R(), c.R(clean=True)]
    return dict(time="08:55", loc=f"{c.school}, 2nd floor science wing", weapon="knife",
                desc=(f"SIS EXTRACT (fixed width) pulled {c.mdy} 09:14\n" + r_fixed(items) + "\n\n"
                      f"INCIDENT NARRATIVE: At 8:55 a.m. in the 2nd floor science wing, {c.first} opened a spring-assisted knife and pointed it at another student during an argument about a seat. "
                      f"The teacher called for help and SSO {c.s()} took the knife at 8:58. Blade length about 3 inches, green handle. No injuries."),
                key="spring-assisted knife", facts=["spring-assisted knife", "green handle", "8:58"])


@sc(G, "drugs_allowed")
def sis_tsv_fentanyl(c):
    c.SF()
    items = c.kept_rows(1) + [c.R(clean=True), c.R(), c.R()]
    return dict(time="12:10", loc=f"{c.school}, cafeteria", substances=["fentanyl", "marijuana"],
                desc=(f"export_stu_demog.tsv (first two lines pasted)\n" + r_tsv(items) + "\n\n"
                      f"Narrative: At lunch a student reported {c.first} had 'pressed pills.' In {c.his} backpack the AP found a pill bottle with 31 blue M30-style pills and a small bag of marijuana. "
                      f"A test strip from the nurse's naloxone kit was positive for fentanyl. Items sealed in evidence bag 7."),
                key="fentanyl", facts=["31 blue M30-style pills", "evidence bag 7"])


@sc(G, "violence")
def sis_semi_assault(c):
    c.SF()
    items = c.kept_rows(2) + [c.R(), c.R(clean=True), c.R()]
    return dict(time="15:02", loc=f"{c.school}, front plaza at dismissal",
                desc=(f"Aspen report 'Discipline - Student Detail' saved as CSV (semicolon separated):\n" + r_semi(items) + "\n"
                      f"INC_TYPE;INC_DT;INC_LOC\nASSAULT-SBI;{c.date.isoformat()};FRONT PLAZA\n\n"
                      f"Description: At dismissal {c.first} and two other students stomped on a 9th grader's head after knocking him down on the front plaza. "
                      f"The 9th grader had a seizure on the ground; EMS took him to the hospital, where a CT scan showed bleeding on the brain."),
                key="bleeding on the brain", facts=["front plaza", "had a seizure", "bleeding on the brain"])


@sc(G, "threat")
def sis_dots_threat(c):
    c.SF()
    items = c.kept_rows(0) + [c.R(), c.R()]
    return dict(time="10:00", loc=f"{c.school}, online (Snapchat) and main office",
                threat=(f"{c.first} posted on Snapchat: 'tomorrow 9am everybody in room 204 gets it, i got the glock.' A screenshot was turned in by a classmate; {c.first} confirmed posting it and said {c.he} 'meant it.'"),
                desc=(r_dots(items) + "\n" + "INC_CODE" + "." * 16 + "THREAT-CREDIBLE\n\n"
                      f"NARRATIVE: A classmate turned in a screenshot of a Snapchat post by {c.first}: 'tomorrow 9am everybody in room 204 gets it, i got the glock.' "
                      f"When the AP met with {c.him} at 10:00 {c.he} confirmed posting it and said {c.he} 'meant it.'"),
                key="room 204", facts=["room 204", "Snapchat", "meant it"])


@sc(G, "weapon")
def sis_md_boxcutter(c):
    c.SF()
    items = c.kept_rows(1) + [c.R(), c.R(clean=True), c.R()]
    return dict(time="11:20", loc=f"{c.school}, vocational shop 3", weapon="box cutter",
                desc=("Pasted from the student card:\n\n" + r_md(items) + "\n\n"
                      f"**Incident.** In shop 3 at 11:20 {c.first} swung an open box cutter at another student, cutting through his sweatshirt sleeve and grazing his upper arm. "
                      f"The instructor disarmed {c.him}. The graze was cleaned by the nurse; a butterfly bandage was used."),
                key="box cutter", facts=["open box cutter", "shop 3", "butterfly bandage"])


@sc(G, "drugs_excluded")
def sis_pipe_nicotine(c):
    c.SF()
    items = c.kept_rows(2) + [c.R(), c.R()]
    return dict(time="13:50", loc=f"{c.school}, locker room", substances=["nicotine", "e-cigarettes"],
                desc=(r_pipe(items) + "\n\n"
                      f"NOTE: {c.first} was found with 40 nicotine pouches and three disposable e-cigarettes in the locker room and admitted selling them."),
                key="nicotine pouches", facts=["40 nicotine pouches"])


@sc(G, "nonground")
def sis_yaml_truancy(c):
    c.SF()
    items = c.kept_rows(0) + [c.R(), c.R(clean=True)]
    return dict(time="08:00", loc=f"{c.school}", ground="truancy",
                desc=("student_record:\n" + r_yaml(items) + "\n  absences_ytd: 41\n\n"
                      f"Request: {c.first} has missed 41 days this year. We would like an officer to do a home visit."),
                key="41 days", facts=["41 days"])


@sc(G, "violence")
def sis_fixed_two(c):
    c.SF()
    a = c.kept_rows(0) + [c.R(), c.R(clean=True)]
    return dict(time="09:25", loc=f"{c.school}, 4th floor stairwell",
                desc=(f"INVOLVED PARTIES (from SIS)\n" + r_fixed(a) + "\n"
                      f"(second party's row removed by the AP)\n\n"
                      f"SUMMARY: On the 4th floor stairwell at 9:25, {c.first} stabbed another student twice in the thigh with a sharpened screwdriver. "
                      f"The other student lost a lot of blood and was taken by ambulance; surgeons repaired an artery."),
                key="sharpened screwdriver", facts=["sharpened screwdriver", "twice in the thigh", "repaired an artery"])


@sc(G, "weapon")
def sis_dots_gun(c):
    c.SF()
    items = c.kept_rows(2) + [c.R(clean=True), c.R(), c.R()]
    return dict(time="07:52", loc=f"{c.school}, main entrance scanner", weapon="firearm",
                desc=(r_dots(items, 20) + "\n\n"
                      f"WHAT HAPPENED: At 7:52 the entrance scanner alarmed on {c.first}'s bag. A loaded revolver (.38, five rounds) was wrapped in a gym shirt in the bottom of the bag. "
                      f"{c.first} said {c.he} needed it for after school. The revolver was unloaded and secured by SSO {c.s()}."),
                key="revolver", facts=["loaded revolver", "gym shirt", "five rounds"])


@sc(G, "drugs_excluded")
def sis_tsv_weed(c):
    c.SF()
    items = c.kept_rows(1) + [c.R(), c.R()]
    return dict(time="14:15", loc=f"{c.school}, parking lot", substances=["marijuana", "hash"],
                desc=("rows from discipline_export.tsv\n" + r_tsv(items) + "\n\n"
                      f"Narrative: {c.first} was seen in the parking lot with an ounce of marijuana in mason jars and a small block of hash, weighing out bags."),
                key="mason jars", facts=["mason jars"])


@sc(G, "threat")
def sis_md_threat(c):
    c.SF()
    items = c.kept_rows(2) + [c.R(), c.R()]
    return dict(time="12:40", loc=f"{c.school}, library computer lab",
                threat=(f"On a library computer {c.first} typed a document titled 'day of reckoning' naming the library and 'after the 12:40 bell', describing shooting the librarian and two students by name. "
                        f"{c.He} told the librarian 'you're first.'"),
                desc=("| Field | Value |\n|---|---|\n" + r_md(items).split("\n", 2)[2] + "\n\n"
                      f"Narrative: The librarian found a document on a library computer that {c.first} had been using, titled 'day of reckoning', describing shooting the librarian and two students by name after the 12:40 bell. "
                      f"When the librarian asked about it, {c.first} said 'you're first.'"),
                key="day of reckoning", facts=["day of reckoning", "12:40 bell", "you're first"])


@sc(G, "weapon")
def sis_semi_taser(c):
    c.SF()
    items = c.kept_rows(0) + [c.R(), c.R(clean=True), c.R()]
    return dict(time="13:05", loc=f"{c.school}, 5th floor hallway", weapon="taser",
                desc=("SIS_DUMP;v2\n" + r_semi(items) + "\n\n"
                      f"Incident: 5th floor hallway, 13:05. {c.first} pulled out a pink taser and shocked a classmate on the neck, leaving two small burn marks. "
                      f"The classmate was checked by the nurse and sent home with an ice pack."),
                key="taser", facts=["pink taser", "two small burn marks", "5th floor hallway"])


# ======================================== dodging ============================================
G = "dodging"


@sc(G, "weapon")
def dg_memo_knife(c):
    return dict(time="09:50", loc=f"{c.school}, room 221", weapon="knife",
                desc=(f"MEMO TO FILE, {c.school}\nRe: {c.first} {c.last}, gr. {c.grade}\n\n"
                      f"At 9:50 a.m. a substitute in room 221 saw {c.first} flicking a gravity knife open and shut under the desk. {c.A('dodge')} "
                      f"The sub called the office; SSO {c.s()} took the knife (black, 4-inch blade, belt clip) at 9:56. {c.A('dodge')} "
                      f"{c.first} said {c.he} carries it because older kids have been following {c.him} after school. No one was threatened or hurt.\n\n{c.mx()}, Dean of Students"),
                key="gravity knife", facts=["gravity knife", "room 221", "belt clip"])


@sc(G, "threat")
def dg_group_chat(c):
    return dict(time="19:02", loc=f"{c.school}, online group chat; 2nd lunch",
                threat=(f"In a group chat the evening of {c.md}, {c.first} wrote 'tmrw im bringing the 9 to school fr' and that the kids who jumped {c.him} by the vending machines 'are done,' naming 2nd lunch, "
                        f"and posted a photo of a pistol. {c.He} confirmed sending the messages and said the gun is {c.his} stepbrother's."),
                desc=(f"Transcript of screenshots a parent brought in (group chat \"2nd lunch\", {c.md}):\n"
                      f"[7:02 PM] {c.first}: tmrw im bringing the 9 to school fr\n[7:03 PM] (classmate): lol stop\n"
                      f"[7:03 PM] {c.first}: not joking. the ones who jumped me by the vending machines are done. 2nd lunch\n"
                      f"[7:05 PM] {c.first}: [photo of a black pistol on a bedspread]\n\n"
                      f"Staff note: {c.A('dodge')} {c.first} confirmed to the AP the next morning that {c.he} sent the messages and that the gun is {c.his} stepbrother's, kept in a shoebox. {c.A('dodge')}"),
                key="vending machines", facts=["vending machines", "2nd lunch", "kept in a shoebox"])


@sc(G, "violence")
def dg_nurse_log(c):
    return dict(time="10:42", loc=f"{c.school}, courtyard and nurse's office",
                desc=(f"NURSE'S OFFICE, {c.mdy}\n10:42 Student (initials J.K.) walked in by SSO, bleeding from a puncture wound below the left shoulder blade. "
                      f"Per SSO, {c.first} stabbed J.K. with a sharpened screwdriver in the courtyard. {c.A('dodge')}\n"
                      f"10:44 Breathing fast, lips pale. 911 called.\n10:51 EMS on scene; J.K. transported.\n"
                      f"Evening: hospital confirms a collapsed lung; chest tube placed. {c.A('dodge')}"),
                key="collapsed lung", facts=["left shoulder blade", "collapsed lung", "chest tube"])


@sc(G, "drugs_allowed")
def dg_field_note(c):
    return dict(time="11:35", loc=f"{c.school}, 3rd floor hallway", substances=["oxycodone"],
                desc=(f"SSO FIELD NOTE #{c.rng.randint(2000, 2999)}\nSubject: {c.first} {c.last}\n"
                      f"With the AP's reasonable-suspicion approval, searched {c.first}'s jacket at 11:35 outside room 318. Found a pill bottle with someone else's name scratched off, holding 30 round white pills stamped 'M 523' "
                      f"(oxycodone/acetaminophen 10/325). No prescription on file. {c.A('dodge')}\n"
                      f"Two students said {c.he} sold them 'perc 10s' for $10 each last week. {c.A('dodge')}"),
                key="oxycodone", facts=["M 523", "pill bottle", "$10 each"])


@sc(G, "weapon")
def dg_form_knuckles(c):
    return dict(time="19:15", loc=f"{c.school}, main gym bleachers", weapon="brass knuckles",
                desc=(f"DISCIPLINE REFERRAL FORM\nStudent: {c.full}   Grade: {c.grade}\nOffense code: 1.12 (weapon)\n"
                      f"Item: brass knuckles, gold-colored, four finger holes\nWhere: main gym bleachers, varsity game\nTime: 19:15\n"
                      f"Narrative: Staff saw {c.first} slip the brass knuckles on and walk toward a group from the visiting school. Stopped before any contact. {c.A('dodge')}\n"
                      f"Other info: {c.A('dodge')}"),
                key="brass knuckles", facts=["four finger holes", "varsity game", "visiting school"])


@sc(G, "drugs_excluded")
def dg_counselor_weed(c):
    return dict(time="10:10", loc=f"{c.school}, counseling office", substances=["marijuana"],
                desc=(f"Counselor note: {c.first} admitted bringing a quarter ounce of weed in a mason jar to sell to classmates. {c.A('dodge')} "
                      f"{c.He} handed the jar over. {c.A('dodge')}"),
                key="mason jar", facts=["quarter ounce"])


@sc(G, "nonground", gender="m")
def dg_gang_activity(c):
    return dict(time="15:00", loc=f"{c.school}, front steps", ground="gang_activity",
                desc=(f"AP note: A group of boys including {c.first} has been hanging on the front steps after dismissal wearing the same colors and flashing signs. {c.A('dodge')} "
                      f"No specific incident; we would like BPD to keep an eye on them. {c.A('dodge')}"),
                key="front steps", facts=["front steps"])


@sc(G, "weapon", level="any")
def dg_mace_landing(c):
    return dict(time="12:30", loc=f"{c.school}, 3rd floor landing", weapon="mace",
                desc=(f"Hallway duty note, {c.md}, 12:30. {c.first} sprayed mace from a small black canister at a group on the 3rd floor landing after words were exchanged. {c.A('dodge')} "
                      f"Two students had burning eyes and were rinsed at the nurse's eyewash station. {c.A('dodge')} The canister was turned in to the main office."),
                key="mace", facts=["small black canister", "3rd floor landing", "eyewash station"])


@sc(G, "violence")
def dg_courtyard_ko(c):
    return dict(time="14:50", loc=f"{c.school}, rear courtyard",
                desc=(f"Incident summary. At 14:50 in the rear courtyard {c.first} sucker-punched a 10th grader, who fell and hit his head on the concrete and was knocked out. "
                      f"{c.A('dodge')} He was taken to the hospital by ambulance; scans showed a brain bleed and he is in the ICU. {c.A('dodge')} "
                      f"Several students filmed it; one video was turned in."),
                key="brain bleed", facts=["rear courtyard", "brain bleed", "in the ICU"])


@sc(G, "threat")
def dg_locker_note(c):
    return dict(time="08:10", loc=f"{c.school}, library and student locker",
                threat=(f"A note in {c.first}'s handwriting found in {c.his} locker reads 'I will shoot up the library on the 14th.' {c.He} admitted writing it and told the dean {c.his} uncle keeps a rifle in a closet {c.he} can open."),
                desc=(f"Dean's summary. A note found in {c.first}'s locker during a sweep reads: 'I will shoot up the library on the 14th.' {c.A('dodge')} "
                      f"{c.He} admitted writing it and said {c.his} uncle keeps a rifle in a closet {c.he} can open. {c.A('dodge')}"),
                key="the 14th", facts=["shoot up the library", "rifle in a closet"])


@sc(G, "weapon", level="any")
def dg_bus_knife(c):
    return dict(time="07:20", loc=f"{c.school}, school bus 614 (arriving at the school)", weapon="knife",
                desc=(f"Bus 614, morning run. The monitor reports {c.first} held a paring knife to another rider's throat and said 'say it again.' {c.A('dodge')} "
                      f"The rider was not cut. The driver pulled over and the monitor took the knife, a red-handled paring knife, which she gave to the SSO at arrival. {c.A('dodge')}"),
                key="paring knife", facts=["paring knife", "to another rider's throat", "red-handled"])


@sc(G, "weapon", gender="m")
def dg_gym_revolver(c):
    return dict(time="10:30", loc=f"{c.school}, boys' gym locker room", weapon="firearm",
                desc=(f"Locker room report. During a locker check after a tip, a loaded .22 revolver was found under {c.first}'s gym clothes in locker 41. {c.A('dodge')} "
                      f"{c.first} said it belongs to an older friend. {c.A('dodge')} The revolver was secured by SSO {c.s()} and the building went into a hold for 20 minutes."),
                key="revolver", facts=[".22 revolver", "locker 41", "hold for 20 minutes"])


# ==================================== precision_trap =========================================
G = "precision_trap"


@sc(G, "weapon")
def pt_spanish_ii(c):
    return dict(time="11:05", loc=f"{c.school}, room 307 (Spanish II)", weapon="knife",
                desc=(f"During 4th period Spanish II in room 307, {c.first} took a steak knife out of {c.his} lunch bag and held it against another student's neck for a few seconds, saying 'say it again.' "
                      f"The teacher told {c.him} to put it down and {c.he} did. Two students from the AP Chinese class next door heard the shouting and came to the doorway. "
                      f"The knife (serrated, about 5 inches, wooden handle) was taken to the main office by SSO {c.s()}. No one was cut. {c.A('plain')}"),
                key="steak knife", facts=["Spanish II", "AP Chinese", "steak knife"])


@sc(G, "violence")
def pt_green_line(c):
    return dict(time="14:35", loc=f"{c.school}, Green Line platform across from the school",
                desc=(f"Right after dismissal, on the outbound Green Line platform across from the school, {c.first} punched and kicked a 9th grader to take a $50 Visa gift card his grandmother had given him. "
                      f"An MBTA employee called 911. The 9th grader's nose was broken and he needed surgery to reset it. {c.A('plain')} "
                      f"The Visa gift card was found in {c.first}'s pocket the next morning."),
                key="nose was broken", facts=["Green Line", "Visa gift card", "nose was broken"])


@sc(G, "weapon")
def pt_stage_crew(c):
    return dict(time="16:10", loc=f"{c.school}, auditorium scene shop", weapon="box cutter",
                desc=(f"{c.first}, who is on stage crew for the spring musical, got into an argument in the scene shop with another crew member over a missing drill. "
                      f"{c.He} grabbed a box cutter from the stage crew toolbox and slashed at the other student, cutting through his hoodie and into his palm. "
                      f"The crew advisor wrapped the hand; it needed 5 stitches at urgent care. {c.A('plain')}"),
                key="box cutter", facts=["stage crew", "scene shop", "box cutter"])


@sc(G, "violence")
def pt_rowing_crew(c):
    return dict(time="16:45", loc=f"{c.school} crew team, boathouse dock",
                desc=(f"At crew practice at the boathouse, {c.first} swung an oar at a teammate on the dock after the coach announced the race lineup. "
                      f"The oar hit the teammate across the shoulder and he fell against a cleat. {c.A('plain')} "
                      f"At the hospital he was diagnosed with a broken collarbone and two cracked ribs. The crew coach and two rowers saw it."),
                key="broken collarbone", facts=["crew practice", "swung an oar", "broken collarbone"])


@sc(G, "drugs_allowed")
def pt_patty_box(c):
    return dict(time="11:45", loc=f"{c.school}, cafeteria", substances=["fentanyl"],
                desc=(f"At lunch, {c.first} was selling blue pills stamped M30 out of an empty Jamaican beef patty box. A cafeteria worker saw {c.him} take cash from two students and hand over pills. "
                      f"{c.A('plain')} The AP found 18 more pills folded inside an Italian sub wrapper in {c.his} backpack. A test strip was positive for fentanyl."),
                key="fentanyl", facts=["Jamaican beef patty", "Italian sub", "18 more pills"])


@sc(G, "violence")
def pt_jersey(c):
    return dict(time="15:15", loc=f"{c.school}, soccer field behind the school",
                desc=(f"After the intramural game on the soccer field behind the school, a student wearing a yellow Brazil soccer jersey and a Celtics hat, identified by two coaches as {c.first}, "
                      f"jumped a player from the other team and kicked him in the mouth while he was on the ground. {c.A('plain')} "
                      f"The player lost two front teeth and needed oral surgery."),
                key="lost two front teeth", facts=["yellow Brazil soccer jersey", "Celtics hat", "lost two front teeth"])


@sc(G, "threat")
def pt_kpop(c):
    return dict(time="15:30", loc=f"{c.school}, auditorium (K-pop dance club rehearsal)",
                threat=(f"During the K-pop dance club rehearsal, after learning {c.he} had been cut from the showcase, {c.first} told the advisor {c.he} would 'bring a gun and light up the auditorium' at the showcase on Thursday, "
                        f"and later showed a club member a photo of a handgun on {c.his} phone."),
                desc=(f"At the K-pop dance club rehearsal, {c.first} turned off the reggaeton warm-up track and told the advisor, after being cut from the showcase, that {c.he} would 'bring a gun and light up the auditorium' on Thursday. "
                      f"{c.A('plain')} A club member says {c.first} later showed her a photo of a handgun on {c.his} phone."),
                key="auditorium", facts=["K-pop dance club", "reggaeton", "light up the auditorium"])


@sc(G, "drugs_allowed", date="2025-11-26")
def pt_thanksgiving(c):
    return dict(time="10:30", loc=f"{c.school}, Thanksgiving food drive table, main lobby", substances=["cocaine"],
                desc=(f"On the day before Thanksgiving, during the Thanksgiving food drive in the main lobby, {c.first} was seen passing small baggies to two students from behind the canned-goods boxes. "
                      f"{c.A('plain')} SSO {c.s()} found nine baggies of white powder in a cereal box {c.he} had brought; a field test was positive for cocaine."),
                key="cocaine", facts=["day before Thanksgiving", "Thanksgiving food drive", "nine baggies"])


@sc(G, "violence")
def pt_salon(c):
    return dict(time="15:20", loc="Sidewalk on Centre Street, two blocks from the school",
                desc=(f"After school {c.first} and another student got into an argument outside a Dominican hair salon on Centre Street, two blocks from the school. "
                      f"{c.first} stabbed the other student in the side with a folding knife. The salon owner held a towel on the wound until EMS came. {c.A('plain')} "
                      f"The student had surgery for a lacerated spleen."),
                key="lacerated spleen", facts=["Dominican hair salon", "Centre Street", "lacerated spleen"])


@sc(G, "weapon")
def pt_chinatown(c):
    return dict(time="15:05", loc="Chinatown station (Orange Line), near the school", weapon="stun gun",
                desc=(f"At the Chinatown station on the Orange Line, where most students catch the train home, {c.first} pressed a stun gun against another student's back; the student yelled and dropped. "
                      f"Transit staff held {c.first} at the turnstiles until the SSO arrived. {c.A('plain')} Earlier, at the Mass Ave bus stop, {c.he} had shown the stun gun to friends."),
                key="stun gun", facts=["Chinatown station", "Mass Ave bus stop", "stun gun"])


@sc(G, "weapon")
def pt_swiss_army(c):
    return dict(time="09:40", loc=f"{c.school}, 2nd floor hallway (Spirit Week)", weapon="knife",
                desc=(f"It was Hawaiian shirt day for Spirit Week. In the 2nd floor hallway {c.first} opened the big blade of a red Swiss Army knife and jabbed it toward a classmate's stomach, stopping an inch away. "
                      f"{c.A('plain')} The classmate backed off and told a teacher. The Swiss Army knife was in {c.first}'s Hawaiian shirt pocket when the SSO found {c.him}."),
                key="Swiss Army knife", facts=["Swiss Army knife", "Hawaiian shirt", "Spirit Week"])


@sc(G, "threat", school="Boston International Newcomers Academy")
def pt_newcomers(c):
    return dict(time="14:00", loc=f"{c.school}, room 112 (French club)",
                threat=(f"At the French club meeting {c.first} said {c.he} would 'stab whoever took my phone' on Friday and showed a kitchen knife {c.he} said was in {c.his} locker; the knife was found in that locker."),
                desc=(f"At the French club meeting in room 112, {c.first} told the advisor and three members that {c.he} would 'stab whoever took my phone' on Friday, and showed them a kitchen knife in {c.his} bag. "
                      f"{c.A('plain')} SSO found the kitchen knife in {c.his} locker after the meeting."),
                key="kitchen knife", facts=["French club", "room 112", "kitchen knife"])


@sc(G, "weapon", gender="f", name=("India", "Moreland"))
def pt_latin_iii(c):
    return dict(time="13:20", loc=f"{c.school}, Latin III classroom", weapon="razor blade",
                desc=(f"In Latin III, India held a razor blade between her fingers and scraped it down a classmate's forearm after the classmate laughed at her translation. "
                      f"{c.A('plain')} The cut bled but did not need stitches. Jordan, a classmate, took the razor blade from her and gave it to the teacher."),
                key="razor blade", facts=["Latin III", "razor blade", "Jordan, a classmate"])


@sc(G, "drugs_allowed")
def pt_temple_place(c):
    return dict(time="15:30", loc="Bus shelter on Temple Place, Downtown Crossing", substances=["heroin"],
                desc=(f"At the bus shelter on Temple Place near Downtown Crossing, where students wait after school, {c.first} sold two glassine bags stamped 'Green Monster' to a 10th grader. "
                      f"{c.A('plain')} The 10th grader turned them in the next morning; the nurse's test identified heroin."),
                key="heroin", facts=["Temple Place", "Downtown Crossing", "glassine bags"])


@sc(G, "weapon")
def pt_american_eagle(c):
    return dict(time="12:15", loc=f"{c.school}, cafeteria", weapon="firearm",
                desc=(f"A lunch aide noticed {c.first} checking an American Eagle shopping bag under the table again and again. SSO {c.s()} looked inside and found a loaded 9mm pistol wrapped in a new hoodie with the tags still on. "
                      f"{c.A('plain')} {c.first} said {c.he} was going to 'hand it off' after school at the Polish deli on the corner."),
                key="9mm pistol", facts=["American Eagle shopping bag", "9mm pistol", "Polish deli"])


@sc(G, "violence")
def pt_headmaster_address(c):
    return dict(time="09:15", loc=f"{c.school}, auditorium; baseball field",
                desc=(f"During the headmaster's address at the morning assembly, {c.first} left the auditorium. Minutes later, at the baseball field, {c.he} hit a student near home plate "
                      f"with an aluminum bat, breaking the student's forearm in two places. {c.A('plain')} The student was taken to the hospital and had surgery."),
                key="aluminum bat", facts=["headmaster's address", "home plate", "aluminum bat"])


@sc(G, "threat")
def pt_status(c):
    return dict(time="19:30", loc=f"{c.school}, online (Snapchat) and Citizen Schools program room",
                threat=(f"{c.first} posted a Snapchat status reading 'border of the field tomorrow, bring a bag for the bodies' with a photo of a pistol, and told a Citizen Schools mentor {c.he} 'meant every word.'"),
                desc=(f"{c.first} posted a Snapchat status at 7:30 PM: 'border of the field tomorrow, bring a bag for the bodies' with a photo of a pistol. "
                      f"In the Citizen Schools program room the next day {c.he} told a mentor {c.he} 'meant every word.' {c.A('plain')} "
                      f"The mentor wrote it down on a legal pad and brought it to the office."),
                key="Snapchat status", facts=["Snapchat status", "Citizen Schools", "legal pad"])


@sc(G, "drugs_excluded")
def pt_visa_carts(c):
    return dict(time="12:00", loc=f"{c.school}, cafeteria", substances=["THC", "vape"],
                desc=(f"{c.first} used a Visa gift card to buy THC carts online and was selling them out of a Green Line Cafe cup at lunch, along with a flavored vape. {c.A('plain')}"),
                key="THC carts", facts=["Visa gift card"])


@sc(G, "nonground")
def pt_crew_theft(c):
    return dict(time="17:30", loc=f"{c.school}, auditorium", ground="theft",
                desc=(f"After stage crew, a drill and two headsets were missing from the booth. {c.first}, a crew member, was seen leaving with the headsets in a Spanish club tote bag. {c.A('plain')}"),
                key="headsets", facts=["stage crew"])


@sc(G, "replica", date="2025-10-31")
def pt_airsoft_costume(c):
    return dict(time="08:20", loc=f"{c.school}, main entrance (Halloween)", weapon="airsoft gun",
                desc=(f"On Halloween {c.first} came to school dressed as a soldier with an airsoft pistol in a holster. The orange tip had been painted black. "
                      f"SSO {c.s()} took it at the entrance; it is a spring airsoft pistol, not a firearm. {c.A('plain')}"),
                key="airsoft pistol", facts=["airsoft pistol"])


@sc(G, "replica")
def pt_bb_green_line(c):
    return dict(time="15:10", loc="Green Line stop near the school", weapon="BB gun",
                desc=(f"At the Green Line stop after school {c.first} pointed a black BB gun at a group of students as a 'joke.' Transit staff took it. It is a CO2 BB pistol. {c.A('plain')}"),
                key="BB gun", facts=["BB gun"])


# ==================================== long_narrative =========================================
G = "long_narrative"


@sc(G, "weapon", gender="f")
def ln_coach_knife(c):
    s = c.s()
    return dict(time="15:40", loc=f"{c.school}, small gym", weapon="knife",
                desc=(f"I have coached girls' JV basketball here for six years and I have never had to write one of these, so bear with me. Tuesday practice started at 3:15 in the small gym like always. "
                      f"We were running a three-man weave when I noticed {c.first} kept going back to the bleachers to check {c.his} bag, which isn't like {c.him}; {c.he} is usually the first one on the floor and the last one off. "
                      f"{c.A('plain')} Around 3:40 two of the other girls came over and told me quietly that {c.first} had 'a blade' in {c.his} bag and had shown it to them in the locker room, saying somebody from the bus was 'going to learn.' "
                      f"I stopped practice, sent everyone to shoot free throws at the far basket, and asked {c.first} to bring me the bag. {c.He} didn't argue. "
                      f"Inside the side pocket was a fixed-blade hunting knife in a brown leather sheath, maybe six inches of blade, with a compass in the handle. I didn't take it out of the sheath. "
                      f"I walked the bag straight to the main office and handed it to SSO {s} at 3:48, and the AP took it from there. "
                      f"{c.first} sat with me in the office until {c.his} ride came. {c.He} told me the knife belonged to an older cousin and that {c.he} only brought it because of 'stuff on the bus,' but wouldn't say what. "
                      f"{c.A('plain')} Nobody was hurt and nobody was threatened directly in front of me. I'm putting this in writing because the AP asked me to, and because I'd rather over-report than miss something with a kid I care about."),
                key="hunting knife", facts=["hunting knife", "brown leather sheath", "3:48"])


@sc(G, "threat")
def ln_librarian(c):
    return dict(time="14:50", loc=f"{c.school}, 4th floor library",
                threat=(f"{c.first} told two students in the library that {c.he} had 'the list done' and that 'Friday at the assembly is when it happens'; the librarian saw a paper with nine names and 'AR in the gym' written at the bottom. "
                        f"Asked about it, {c.first} said 'you'll see.'"),
                desc=(f"I run the library on the fourth floor, and most afternoons I have the same dozen kids who stay until the late bus. {c.first} is one of them. {c.He} mostly reads manga and helps me shelve when {c.he}'s bored, "
                      f"and I'd have called {c.him} one of the gentler kids in the building. On Wednesday, around 2:50, I was shelving behind the graphic novels when I heard {c.first} telling two other students at the back table that {c.he} had 'the list done' "
                      f"and that 'Friday at the assembly is when it happens.' One of the other students laughed, and {c.first} said, 'I'm not playing.' {c.A('plain')} "
                      f"I came around the end of the stacks and saw a sheet of notebook paper on the table with nine names on it, several crossed through, and at the bottom, in capitals, 'AR in the gym.' "
                      f"I picked it up. I asked {c.first} what it was and {c.he} said it was a joke, and then, when I said I'd have to show the AP, {c.he} said 'you'll see.' "
                      f"I kept the paper and walked it down myself. Two of the names are students who were in a fight with {c.first}'s friend last month. {c.A('plain')} "
                      f"I don't know whether {c.he} has access to anything, and I want to be careful with a kid who has been kind to me, but I couldn't sit on this."),
                key="nine names", facts=["nine names", "AR in the gym", "fourth floor"])


@sc(G, "drugs_allowed")
def ln_lunch_monitor(c):
    return dict(time="11:50", loc=f"{c.school}, cafeteria", substances=["fentanyl"],
                desc=(f"I'm a lunch monitor for all three lunches, so I see most of the building between 10:45 and 1:15. For about two weeks I'd noticed kids drifting over to {c.first}'s table near the milk cooler, staying for a minute, and leaving. "
                      f"I didn't think much of it; {c.first} is popular and always has snacks. {c.A('plain')} On Thursday during second lunch I was standing by the cooler when a 9th grader handed {c.first} folded bills and {c.first} "
                      f"slid a chip bag across the table to him. The 9th grader opened it right there, and I could see a small zip bag of blue pills inside. I walked over and asked for the chip bag, and the 9th grader gave it to me without any trouble. "
                      f"There were eight round blue pills stamped M30 in the zip bag. I took the bag and both students to the office, and the nurse used one of her test strips on a scraping from one pill. "
                      f"It came back positive for fentanyl. {c.A('plain')} I've been told these pills can kill a kid who has never used before, and I'm still shaky about how close that was. "
                      f"{c.first} told the AP {c.he} only sold 'a few' and that {c.he} got them from someone outside school. I'm writing this the same afternoon so I don't forget anything."),
                key="fentanyl", facts=["milk cooler", "chip bag", "eight round blue pills"])


@sc(G, "violence", level="any")
def ln_para_stool(c):
    return dict(time="10:20", loc=f"{c.school}, room 112",
                desc=(f"I'm the paraprofessional assigned to room 112, and I've worked with this class since September. Monday's second period started normally; Mr. Ferris was going over the warm-up and I was sitting with two students near the window. "
                      f"{c.first} had been quiet, with {c.his} hood up, which I noted because {c.he} usually talks through the warm-up. At about 10:20 Mr. Ferris asked {c.first} to take the hood down. "
                      f"{c.first} stood up, picked up one of the metal lab stools, and threw it at him from maybe eight feet away. It hit him on the side of the head and he went down between the desks. {c.A('plain')} "
                      f"I called the office on the classroom phone and moved the other students into the hallway with the teacher next door. The nurse came within two minutes and then EMS. "
                      f"Mr. Ferris was conscious but confused and kept asking what day it was. We heard that evening that he has a skull fracture and will be out for the rest of the year. "
                      f"{c.first} stayed at {c.his} desk the whole time, and when the SSO came {c.he} went with him without a struggle. {c.A('plain')} I have been doing this work for eleven years and it is the worst thing I have seen in a classroom."),
                key="skull fracture", facts=["metal lab stools", "skull fracture", "room 112"])


@sc(G, "weapon", gender="m")
def ln_crossing_guard(c):
    return dict(time="07:35", loc=f"{c.school}, crosswalk at the front entrance", weapon="firearm",
                desc=(f"I've been the crossing guard at the crosswalk in front of the school for eleven years. I know most of the kids by name, and the ones I don't know by name I know by their backpacks. "
                      f"On Thursday morning, around 7:35, a group of four boys was crossing when one of them, {c.first}, tripped on the curb and something heavy fell out of his jacket and hit the pavement. "
                      f"It was a small revolver, silver with a black handle. He grabbed it and put it back in his jacket fast, but I saw it clear as day and so did the two girls behind him. {c.A('plain')} "
                      f"I didn't try to stop him. I radioed the main office from my post like we're trained to, and I kept the other kids on the sidewalk until the light changed. "
                      f"SSO {c.s()} met {c.first} inside the front doors and took the revolver from his jacket pocket; they told me later it had four bullets in it. "
                      f"{c.A('plain')} He has always been polite with me, says good morning, holds the younger ones back when the cars don't stop. I hope he's all right. I'm writing this down because the AP asked for my exact words. I did not touch the revolver at any point, and I did not leave my post until the last bus kids were across at 7:50."),
                key="revolver", facts=["small revolver", "crosswalk", "four bullets"])


@sc(G, "drugs_excluded", level="ms")
def ln_bus_monitor(c):
    return dict(time="07:10", loc=f"{c.school}, bus 1907 (morning run)", substances=["edibles", "THC"],
                desc=(f"I'm the monitor on bus 1907, the morning run. On Tuesday a 6th grader came up to my seat looking green, and told me {c.first} had given her and her friend 'candy' in the back row. "
                      f"I went back and {c.first} had a resealable pouch of gummy rings that said THC on the label with a cartoon leaf. {c.He} handed it to me. {c.A('plain')} "
                      f"The two girls were checked by the nurse when we got to school; one threw up and was sent home, the other was fine. "
                      f"{c.first} said {c.he} found the pouch in {c.his} older cousin's car. {c.A('plain')} I gave the pouch to the AP at 7:40. "
                      f"I've been on this route for three years and the kids in the back row are usually just loud, not trouble; most mornings the worst I deal with is somebody's music too loud or a fight over the window seat. I'm writing down everything I remember because the AP asked me to, and I want it on the record that "
                      f"{c.first} didn't try to hide anything once I came back there. The driver didn't see any of it because she was watching the road, which is what she should be doing."),
                key="gummy rings", facts=["gummy rings"])


@sc(G, "weapon")
def ln_custodian(c):
    return dict(time="16:20", loc=f"{c.school}, basement corridor near the boiler room", weapon="box cutter",
                desc=(f"I'm on the night custodial crew and I start at 2:30. Around 4:20 I was pushing the big bin down the basement corridor by the boiler room when I heard yelling around the corner. "
                      f"When I turned the corner, {c.first} had another student pinned against the lockers and was swinging a box cutter at him. The other student had his arm up and there was blood on his sleeve. {c.A('plain')} "
                      f"I yelled and {c.first} dropped the box cutter and ran up the back stairs. I kicked the box cutter away and called the office on my radio. "
                      f"The other student had a deep cut across his forearm; the athletic trainer wrapped it and his mother took him for stitches, 14 of them, we heard. "
                      f"{c.A('plain')} The box cutter is the yellow kind we use for breaking down cafeteria boxes, so I think it came from our supply closet, which is supposed to be locked. "
                      f"I put the box cutter in a paper bag and gave it to the SSO. I've been here nineteen years and I didn't think I'd ever see kids with blades in my basement. I've asked my supervisor to change the lock on that closet and to count the cutters every shift from now on, and I'll write down anything else I remember if someone needs it."),
                key="box cutter", facts=["boiler room", "14 of them", "yellow kind"])


@sc(G, "violence")
def ln_nurse(c):
    return dict(time="13:05", loc=f"{c.school}, nurse's office and 2nd floor hallway",
                desc=(f"I am the school nurse, and this is my account of what I saw and did on the afternoon in question. At 1:05 PM two students half-carried a 10th grader into my office. "
                      f"He was pressing a paper towel against the left side of his neck and it was soaked. When I lifted it I found a puncture wound about a centimeter wide that was bleeding steadily. "
                      f"I applied direct pressure and had my aide call 911. The boy told me, and the two students confirmed, that {c.first} had stabbed him with a sharpened pencil in the 2nd floor hallway after an argument about a girl. "
                      f"{c.A('plain')} EMS arrived at 1:14 and transported him to the trauma center. I later learned that the pencil had nicked his external jugular vein and he needed surgery. "
                      f"{c.A('plain')} I did not see the stabbing itself; everything I saw was in my office. I cleaned the floor with the custodian and bagged the paper towels per our bloodborne pathogen policy. "
                      f"I have kept my own treatment notes with the times written down as they happened, and the aide who called 911 wrote a short note of her own. I'm available to answer questions about the injuries I treated."),
                key="jugular", facts=["sharpened pencil", "external jugular vein", "1:14"])


@sc(G, "threat")
def ln_art_teacher(c):
    return dict(time="12:00", loc=f"{c.school}, art room 009",
                threat=(f"{c.first}'s sketchbook has detailed drawings of the school's lunchroom with X marks on four named students and the words 'lunch is over' dated next Monday; {c.first} told the art teacher "
                        f"{c.he} 'can get a gun easy' and that 'Monday they'll know.'"),
                desc=(f"I teach visual art in room 009, and I've had {c.first} for two years. {c.He} is talented, honestly one of the strongest figure drawers I have had, and {c.he} spends a lot of free time in my room. "
                      f"On Friday {c.he} left {c.his} sketchbook open on the drying rack while {c.he} washed brushes. On the open page there was a careful drawing of our lunchroom from above, with the tables, the doors, and four small figures "
                      f"each marked with an X and a name I recognized. Across the top it said 'lunch is over' and next Monday's date. {c.A('plain')} "
                      f"I asked {c.him} about it when {c.he} came back. {c.He} closed the book and said {c.he} 'can get a gun easy' and that 'Monday they'll know.' I asked {c.him} to stay and I called the AP on the room phone. "
                      f"{c.A('plain')} I want to be clear that I'm not a counselor and I don't know what is going on in {c.his} head, but the drawing was specific and so were {c.his} words, and I kept the sketchbook. It is in the AP's office now, with a sticky note on the page. I have not talked about it with any other student, and I told {c.first} only that the adults needed to make sure everyone was safe, which is true."),
                key="lunch is over", facts=["lunch is over", "four small figures", "room 009"])


@sc(G, "nonground", gender="m", level="any")
def ln_after_school_fight(c):
    return dict(time="16:00", loc=f"{c.school}, after-school program, gym", ground="fight",
                desc=(f"I coordinate the after-school program, which runs in the gym and two classrooms from 2:30 to 5:30. Around 4:00 on Wednesday, {c.first} and another student started arguing over the ping-pong table. "
                      f"It escalated to shoving, and {c.first} threw one punch that mostly hit the other student's shoulder. Two of my staff separated them right away. {c.A('plain')} "
                      f"Nobody needed the nurse; the other student said his shoulder was 'fine' and he kept playing after a cool-down. I called both families and sent both students home early. "
                      f"{c.A('plain')} The AP asked me to put the request in so the police could 'have it on file'; I'm doing that, though nobody was hurt and there was no weapon. "
                      f"The two boys have been friendly before, and I think this was about a game. I'll keep them at separate tables for the next couple of weeks, and I've asked the counselor to check in with both of them on Monday, "
                      f"because the program only works if the kids feel like it is a place where they can cool off rather than a place where a shove turns into a report."),
                key="ping-pong table", facts=["ping-pong table"])


@sc(G, "nonground")
def ln_cafeteria_theft(c):
    return dict(time="13:30", loc=f"{c.school}, cafeteria kitchen office", ground="theft",
                desc=(f"I manage the cafeteria kitchen, which means I order the food, run the two serving lines, and close out the cash box after every lunch; the box holds the money from "
                      f"a-la-carte sales and the staff coffee fund, and I count it with a second person before it goes to the main office safe at the end of the day. Over the last three weeks about $420 has gone missing from the cash box in my office, always on days when {c.first} works the lunch line as part of {c.his} job-training placement. "
                      f"On Thursday I marked the bills and after lunch the marked twenties were in {c.first}'s apron pocket. {c.A('plain')} {c.He} admitted taking money and said {c.he} was going to pay it back. "
                      f"{c.A('plain')} I'm asking through the school for it to be reported; I was told that might not be possible, but I want it on record that I asked. "
                      f"{c.first} has otherwise been a good worker and shows up on time, which is part of why this is so upsetting for the kitchen staff, who trusted {c.him} with the register. "
                      f"The cash box now stays locked in the walk-in office and only I carry the key, and the job-training coordinator has been told."),
                key="marked twenties", facts=["marked twenties"])


@sc(G, "weapon")
def ln_game_security(c):
    return dict(time="19:05", loc=f"{c.school}, gymnasium entrance (varsity basketball game)", weapon="brass knuckles",
                desc=(f"I work event security for home games as a part-time job on top of my regular shift as a school safety officer. At Friday's varsity game the crowd was big because it was a rivalry game, and we were checking bags at the gym entrance. "
                      f"At about 7:05 {c.first} came through, and when I asked {c.him} to empty {c.his} hoodie pocket {c.he} hesitated. {c.A('plain')} "
                      f"{c.He} eventually pulled out a set of black brass knuckles, the heavy kind with a spike on each finger ring. {c.He} said someone from the other school had been 'talking' and {c.he} wanted to be ready. "
                      f"I took them, walked {c.him} to the side hallway, and called the AP, who was at the scorer's table. {c.first} did not try to leave and did not threaten anyone in front of me. "
                      f"{c.A('plain')} I put the brass knuckles in an envelope and signed across the seal. The game went on without anything else happening, and {c.his} parent picked {c.him} up at halftime. "
                      f"I'm writing this the next morning from my notes. For the record, the bag check at the gym entrance is something we started this winter, and this is the first time it has turned up anything more than a water bottle or a can of spray paint, so I want it documented carefully."),
                key="brass knuckles", facts=["black brass knuckles", "spike on each finger ring", "signed across the seal"])


@sc(G, "drugs_allowed")
def ln_counselor(c):
    return dict(time="09:30", loc=f"{c.school}, counseling office", substances=["cocaine", "alcohol"],
                desc=(f"I am one of the school counselors, and {c.first} is on my caseload. On Monday morning {c.he} came to see me without an appointment, which {c.he} has done a few times this year when things at home are rough. "
                      f"{c.He} was jittery and talking fast, and {c.he} told me {c.he} had been up all weekend. {c.A('plain')} While we were talking {c.he} took a small bottle of vodka out of {c.his} backpack, "
                      f"and then, almost like {c.he} wanted me to see it, an Altoids tin. Inside the tin were six small folded paper packets of white powder and a cut straw. {c.He} told me it was cocaine and that {c.he} had been selling 'a little' to older students. "
                      f"I told {c.him} I had to involve the AP, and {c.he} nodded. {c.A('plain')} The AP and the SSO came to my office, and the SSO took the tin and the bottle. "
                      f"I stayed with {c.first} while {c.his} aunt was called. I'm submitting this because the AP asked for a written account, and I want to note that {c.he} came to me voluntarily. I have scheduled a follow-up with {c.him} for Wednesday and asked the school social worker to join, and I've told {c.him} I'll keep seeing {c.him} whatever happens with the discipline process."),
                key="cocaine", facts=["Altoids tin", "six small folded paper packets", "cut straw"])


# --------------------------------------------------------------------------------------------
# outcome plan per genre
# --------------------------------------------------------------------------------------------
PLAN = {
    "incident_log": dict(allow_redact=11, allow_clean=3, deny_recipient=2, deny_substance=2, deny_ground=2, deny_threat_missing=1, deny_face=1),
    "email_thread": dict(allow_redact=11, allow_clean=2, deny_recipient=2, deny_substance=2, deny_ground=1, deny_threat_missing=2, deny_face=1),
    "translated_statement": dict(allow_redact=13, allow_clean=2, deny_recipient=2, deny_substance=1, deny_ground=2, deny_threat_missing=1, deny_face=1),
    "sis_export": dict(allow_redact=12, allow_clean=2, deny_recipient=2, deny_substance=2, deny_ground=1, deny_threat_missing=1, deny_face=1),
    "dodging": dict(allow_redact=16, deny_recipient=2, deny_substance=1, deny_ground=1, deny_threat_missing=1, deny_face=1),
    "precision_trap": dict(allow_redact=2, allow_clean=14, deny_recipient=1, deny_substance=1, deny_ground=1, deny_replica=2),
    "long_narrative": dict(allow_redact=10, allow_clean=4, deny_recipient=1, deny_substance=2, deny_ground=2, deny_threat_missing=1, deny_face=1),
}
GENRE_ORDER = ["incident_log", "email_thread", "translated_statement", "sis_export", "dodging",
               "precision_trap", "long_narrative"]
ALLOW_KINDS = {"weapon", "violence", "drugs_allowed", "threat"}
KIND_FOR = {"deny_substance": {"drugs_excluded"}, "deny_ground": {"nonground"},
            "deny_threat_missing": {"threat"}, "deny_replica": {"replica"}}


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.pools = {"log": LOG, "email": EMAIL, "plain": PLAIN, "dodge": DODGE, "thdr": THDR,
                      "tnote": TNOTE, "tphrase": TPHRASE, "sisrow": SISROW, "sisrow_clean": SISROW_CLEAN,
                      "sf": SF, "sf_clean": SF_CLEAN, "sf_dodge": SF_DODGE}
        self.clean = {"log": LOG_CLEAN, "email": EMAIL_CLEAN, "plain": PLAIN_CLEAN, "dodge": DODGE_CLEAN,
                      "thdr": THDR_CLEAN, "tnote": TNOTE_CLEAN, "tphrase": TPHRASE_CLEAN}
        self.order, self.ptr = {}, {}
        self.langs = list(LANGS)
        rng.shuffle(self.langs)
        self.lang_i = 0

    def deal(self, name, items):
        """deal from a shuffled deck, reshuffling when it runs out (spreads names evenly)"""
        deck = self.order.setdefault("deck:" + name, [])
        if not deck:
            deck.extend(items)
            self.rng.shuffle(deck)
        return deck.pop()

    def next_lang(self):
        L = self.langs[self.lang_i % len(self.langs)]
        self.lang_i += 1
        return L

    def _next(self, name, pool, c):
        if name not in self.order:
            self.order[name] = list(range(len(pool)))
            self.rng.shuffle(self.order[name])
            self.ptr[name] = 0
        for _ in range(len(pool)):
            i = self.order[name][self.ptr[name] % len(pool)]
            self.ptr[name] += 1
            if (name, i) not in c.used:
                c.used.add((name, i))
                return pool[i]
        raise RuntimeError("pool exhausted: " + name)

    def pick(self, name, c):
        return self._next(name, self.pools[name], c)

    def draw(self, style, c):
        item = self._next(style, self.pools[style], c)
        if callable(item):
            text, cats, cans = item(c, c.lang)
        else:
            text, cats, cans = item
            text = c.fmt(text)
        return text, list(cats), list(cans)

    def draw_clean(self, style, c):
        item = self._next(style + "/clean", self.clean[style], c)
        return item(c) if callable(item) else c.fmt(item)


def tz(d):
    dst = (d < datetime.date(2025, 11, 2)) or (d >= datetime.date(2026, 3, 8))
    return "-04:00" if dst else "-05:00"


def school_days(rng):
    d, out = datetime.date(2025, 9, 8), []
    while d <= datetime.date(2026, 6, 5):
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def strip_marks(s):
    out, spans, pos, start = [], [], 0, None
    for ch in s:
        if ch == "\u27e6":
            assert start is None, "nested span"
            start = pos
            continue
        if ch == "\u27e7":
            spans.append((start, pos))
            start = None
            continue
        out.append(ch)
        pos += 1
    assert start is None, "unclosed span"
    return "".join(out), spans


def mask(text, spans):
    t = list(text)
    for a, b in spans:
        for i in range(a, b):
            t[i] = "\x00"
    return "".join(t)


def all_keys(obj, out):
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.append(str(k))
            all_keys(v, out)
    return out


class CaseError(Exception):
    pass


_BOUND = re.compile(r"\n|[.!?;:][\"')\]]*\s")


def sentence_bounds(text, i, j):
    left = 0
    for m in _BOUND.finditer(text, 0, i):
        left = m.end()
    m = _BOUND.search(text, j)
    return left, (m.start() if m else len(text))


def build(gen, cid, genre, outcome, scen, rng, ids_used_names, schools_ids, days, k):
    # student, school, date fixed across retries
    gender = scen.gender or rng.choice("mf")
    if scen.fixed_name:
        first, last = scen.fixed_name
    else:
        while True:
            first = gen.deal("first_" + gender, FIRST_F if gender == "f" else FIRST_M)
            last = gen.deal("last", LAST)
            if (first, last) not in ids_used_names:
                break
    ids_used_names.add((first, last))
    if scen.school:
        school = scen.school
        level = "hs"
    else:
        pool = [x for x in SCHOOLS if scen.level == "any" or (x[1] == "hs") == (scen.level == "hs")]
        school, level = rng.choice(pool)
    grade = rng.choice({"hs": [9, 10, 11, 12], "k8": [6, 7, 8], "ms": [6, 7, 8]}[level])
    month = rng.randint(1, 12)
    year = (2019 - grade) if month >= 9 else (2020 - grade)
    dob = datetime.date(year, month, rng.randint(1, 28)).isoformat()
    stu_id = str(rng.randint(100000, 999999))
    date = datetime.date.fromisoformat(scen.date) if scen.date else rng.choice(days)
    last_err = None
    for attempt in range(80):
        c = Ctx(gen, genre, outcome, rng, (first, last, gender, grade, dob, stu_id), school, date)
        r = scen(c)
        if r.get("gender") and r["gender"] != gender:
            raise CaseError(f"{scen.__name__}: scenario needs gender {r['gender']}")
        try:
            return assemble(gen, cid, genre, outcome, scen, rng, c, r, schools_ids, k)
        except CaseError as e:
            last_err = e
            continue
    raise CaseError(f"{cid} {scen.__name__}: {last_err}")


def assemble(gen, cid, genre, outcome, scen, rng, c, r, schools_ids, k):
    kind = scen.kind
    desc_raw = r["desc"]
    if outcome == "deny_face":
        text, akind = FACE[genre]
        desc_raw = desc_raw + ("\n" if genre in ("incident_log", "sis_export", "translated_statement", "email_thread") else " ") + c.fmt(text)
        c.cats.add("face_surveillance")
    desc, spans = strip_marks(desc_raw)
    threat, tspans = (None, [])
    if "threat" in r:
        threat, tspans = strip_marks(r["threat"])
    if genre == "long_narrative" and not (1000 <= len(desc) <= 3000):
        raise SystemExit(f"{cid} {scen.__name__}: long narrative is {len(desc)} chars")

    req = {"request_id": cid, "school_id": schools_ids[c.school]}
    if outcome == "deny_recipient":
        req["recipient"] = BAD_RCP[k % len(BAD_RCP)]
    else:
        req["recipient"] = rng.choice(GOOD_RCP)
    if kind in ("weapon", "replica"):
        req["ground"] = "weapon"
        req["weapon"] = r["weapon"]
    elif kind == "violence":
        req["ground"] = "serious_violence"
    elif kind in ("drugs_allowed", "drugs_excluded"):
        req["ground"] = "drugs"
        req["substances"] = r["substances"]
    elif kind == "threat":
        req["ground"] = "credible_threat"
        if outcome != "deny_threat_missing":
            req["threat_statement"] = threat
    elif kind == "nonground":
        req["ground"] = r["ground"]
    else:
        raise SystemExit("bad kind " + kind)
    req["incident"] = {"occurred_at": f"{c.date.isoformat()}T{r['time']}:00{tz(c.date)}",
                       "location": r["loc"], "description": desc}
    student = {"student_id": c.stu_id, "name": c.full, "date_of_birth": c.dob, "grade": c.grade,
               "school": c.school}
    # structured extras: SIS always has them; others sometimes
    if genre != "sis_export" and not c.extra:
        p = rng.random()
        if genre == "dodging" and p < 0.4:
            c.SF("sf_dodge")
        elif outcome != "allow_clean" and p < 0.2:
            c.SF("sf")
        elif p < 0.3:
            key, value = gen.pick("sf_clean", c)
            c.extra[key] = value
    for key, value in c.extra.items():
        student[key] = value
    req["student"] = student
    if outcome == "deny_face":
        text, akind = FACE[genre]
        req["attachments"] = [{"kind": akind, "name": f"{cid.lower()}_{'fr_match' if akind == 'face_match' else 'yearbook_photo'}.{'pdf' if akind == 'face_match' else 'jpg'}"}]
    elif rng.random() < 0.5:
        req["attachments"] = [{"kind": "document", "name": f"{cid.lower()}_{rng.choice(['statements', 'saf02', 'log', 'referral'])}.pdf"}]

    cans = _uniq(c.canaries)
    cats = sorted(c.cats)
    allow = outcome.startswith("allow")
    facts = r["facts"]
    key = r["key"]
    expect = {"decision": "allow" if allow else "deny"}
    if not allow:
        expect["reason"] = REASON[outcome]
    expect.update({"must_not_contain": cans,
                   "must_contain": [c.full, c.school, key] if allow else [],
                   "must_contain_text": facts[:3] if allow else [],
                   "categories": cats,
                   "tags": [genre, outcome, scen.__name__]})
    case = {"id": cid, "request": req, "expect": expect}
    selfcheck(case, desc, spans, threat, tspans, c, kind, outcome)
    return case


def selfcheck(case, desc, spans, threat, tspans, c, kind, outcome):
    req, e = case["request"], case["expect"]
    if outcome == "allow_redact" and not e["must_not_contain"] and not (set(e["categories"]) - {"face_surveillance"}):
        raise CaseError("allow_redact without anything forbidden")
    if outcome == "allow_clean" and (e["must_not_contain"] or e["categories"]):
        raise CaseError("allow_clean with forbidden content")
    if outcome.startswith("allow") and kind not in ALLOW_KINDS:
        raise SystemExit("allow outcome on a non-allowable scenario")
    outside = fold(mask(desc, spans))
    touts = fold(mask(threat, tspans)) if threat else ""
    stu = req["student"]
    forbidden_vals = []
    for k2 in list(stu):
        if k2 not in ("student_id", "name", "date_of_birth", "grade", "school"):
            forbidden_vals.append(json.dumps(stu[k2], ensure_ascii=False))
    protected = [req.get("school_id", ""), req.get("recipient", ""), req.get("ground", ""),
                 req.get("weapon", ""), " ".join(req.get("substances", [])), req["incident"]["location"],
                 str(stu["student_id"]), stu["name"], stu["date_of_birth"], str(stu["grade"]), stu["school"],
                 " ".join(a["name"] + " " + a["kind"] for a in req.get("attachments", [])),
                 " ".join(all_keys(stu, [])), " ".join(CATCODES), "withheld redisclosure notice",
                 " ".join(e["must_contain"]), " ".join(e["must_contain_text"]), outside, touts]
    prot = fold(" \x01 ".join(protected))
    whole = fold(json.dumps(req, ensure_ascii=False))
    for s in e["must_not_contain"]:
        f = fold(s)
        if f not in whole:
            raise CaseError(f"canary {s!r} not in request")
        if f in prot:
            raise CaseError(f"canary {s!r} occurs outside the forbidden spans / in a protected field")
    for s in e["must_contain_text"] + ([e["must_contain"][2]] if e["must_contain"] else []):
        m = mask(desc, spans)
        i = m.lower().find(s.lower())
        if i < 0:
            raise SystemExit(f"{case['id']}: fact {s!r} not in description outside spans")
        a, b = sentence_bounds(desc, i, i + len(s))
        if "\x00" in m[a:b]:
            raise CaseError(f"fact {s!r} shares a sentence with a forbidden span")


def main():
    rng = random.Random(SEED)
    gen = Gen(random.Random(SEED + 1))
    days = school_days(rng)
    ids = list(range(4010, 4999))
    rng.shuffle(ids)
    schools_ids = {name: f"BPS-{ids[i]}" for i, (name, _) in enumerate(SCHOOLS + EXTRA_SCHOOLS)}
    jobs = []
    for genre in GENRE_ORDER:
        outs = [o for o, n in PLAN[genre].items() for _ in range(n)]
        rng.shuffle(outs)
        use = {fn.__name__: 0 for fn in SCEN[genre]}
        for o in outs:
            kinds = KIND_FOR.get(o, ALLOW_KINDS)
            cands = [fn for fn in SCEN[genre] if fn.kind in kinds]
            if not cands:
                raise SystemExit(f"no scenario for {genre}/{o}")
            fn = min(cands, key=lambda f: (use[f.__name__], SCEN[genre].index(f)))
            use[fn.__name__] += 1
            jobs.append((genre, o, fn))
    rng.shuffle(jobs)
    names = set()
    cases = []
    counters = {}
    for n, (genre, o, fn) in enumerate(jobs, 1):
        cid = f"{PREFIX}-{n:04d}"
        k = counters.get(o, 0)
        counters[o] = k + 1
        cases.append(build(gen, cid, genre, o, fn, rng, names, schools_ids, days, k))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    tally_g, tally_o = {}, {}
    for case in cases:
        g, o = case["expect"]["tags"][:2]
        tally_g[g] = tally_g.get(g, 0) + 1
        tally_o[o] = tally_o.get(o, 0) + 1
    print(f"wrote {len(cases)} cases to {OUT}")
    print("by genre:  ", json.dumps(tally_g))
    print("by outcome:", json.dumps(tally_o))


if __name__ == "__main__":
    sys.exit(main())
