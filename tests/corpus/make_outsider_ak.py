#!/usr/bin/env python3
"""Outsider corpus AK: people and things whose names are also forbidden words, and the reverse.

Students, staff, parents and witnesses named Jordan, India, Kenya, Paris, Georgia, Egypt, Christian,
Trinity, Mercedes, Mohammed, Guadalupe ...; staff surnamed English, French, Welsh, Irish, Moreno,
Portugal, Bishop, White ...; brands (Canada Goose, Patagonia, Cuban link), stamps, gamer tags and
public places (Jamaica Plain branch library, Chinatown station). Half the cases carry only such
names (which must survive: they are incident facts); the rest also state a real forbidden fact
(origin, status, language, residence, ethnicity, faith, suspected gang), sometimes in the very
sentence that carries a look-alike name, or about a student whose own name is the same word.

Written from RULES.md / CONTRACT.md / corpus-brief.md only. Standard library, fixed seed.
usage: python3 make_outsider_ak.py [OUTFILE]
"""
import datetime as dt
import json
import pathlib
import random
import re
import sys
import unicodedata

SEED = 20260311
PREFIX = "OAK"
TAG = "outsider_ak"
N_CASES = 150
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ak.jsonl"

R = random.Random(SEED)


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


# --------------------------------------------------------------------------------------------
# Schools (real BPS names), a stable id each, and the district that covers them.
SCHOOLS = [
    ("Jeremiah E. Burke High School", "the Burke", "c11", "hs"),
    ("The English High School", "English High", "e13", "hs"),
    ("Madison Park Technical Vocational High School", "Madison Park", "b2", "hs"),
    ("East Boston High School", "Eastie High", "a7", "hs"),
    ("Brighton High School", "Brighton High", "d14", "hs"),
    ("Charlestown High School", "Charlestown High", "a15", "hs"),
    ("Excel High School", "Excel", "c6", "hs"),
    ("TechBoston Academy", "TechBoston", "c11", "hs"),
    ("John D. O'Bryant School of Mathematics and Science", "the O'Bryant", "b2", "hs"),
    ("Boston Latin Academy", "BLA", "b2", "hs"),
    ("Snowden International School", "Snowden", "d4", "hs"),
    ("Boston Community Leadership Academy", "BCLA", "e18", "hs"),
    ("New Mission High School", "New Mission", "e18", "hs"),
    ("Dearborn STEM Academy", "Dearborn", "b2", "hs"),
    ("Boston International Newcomers Academy", "BINcA", "c11", "hs"),
    ("Community Academy of Science and Health", "CASH", "e18", "hs"),
    ("Fenway High School", "Fenway", "d4", "hs"),
    ("Boston Arts Academy", "BAA", "d4", "hs"),
    ("Dorchester Academy", "Dorchester Academy", "c11", "hs"),
    ("Margarita Muñiz Academy", "Muñiz", "e13", "hs"),
    ("Henderson K-12 Inclusion School", "the Henderson", "c11", "hs"),
    ("Mildred Avenue K-8 School", "Mildred Avenue", "b3", "k8"),
    ("Rafael Hernández K-8 School", "the Hernández", "b2", "k8"),
]
SCHOOL_ID = {s[0]: "BPS-%04d" % (4100 + 37 * i % 900) for i, s in enumerate(SCHOOLS)}

BAD_RECIPIENTS = ["bric", "ice/ero-boston", "dhs/hsi-boston", "commonwealth-fusion-center",
                  "allied-universal-security", "cbp/boston-field-office"]

# --------------------------------------------------------------------------------------------
# Names. Look-alike first names and surnames, plus ordinary ones.
LA_FIRST_F = ["India", "Asia", "Kenya", "Paris", "Georgia", "Egypt", "Trinity", "Mercedes", "Brooklyn",
              "Sierra", "Savannah", "Florence", "Lourdes", "Guadalupe", "China", "Italia", "Genesis",
              "Jordan", "Dakota", "Zion"]
LA_FIRST_M = ["Jordan", "Israel", "Chad", "Christian", "Dallas", "Dakota", "Mohammed", "Cruz", "Zion",
              "Cairo", "Germain", "London", "Santana"]
ORD_FIRST_F = ["Aaliyah", "Keisha", "Yesenia", "Noelle", "Brianna", "Naomi", "Sofia", "Destiny", "Tiana",
               "Mariah", "Kayla", "Nia", "Gabriela", "Daniela", "Imani", "Fatima", "Jasmine", "Alicia"]
ORD_FIRST_M = ["Marcus", "Devon", "Jayden", "Luis", "Angel", "Tahmid", "Aiden", "Kevin", "Darnell",
               "Jamal", "Malik", "Andre", "Xavier", "Isaiah", "Omar", "Jalen", "Anthony", "Samuel",
               "Wilson", "Emmanuel", "Ricardo", "Terrence"]
LA_LAST = ["English", "French", "Welsh", "Irish", "Moreno", "St. Germain", "Portugal", "Bolivar",
           "Israel", "Islam", "Santana", "Cruz", "Holland", "England", "Ireland", "Christian", "Jordan",
           "Paris", "Brazil", "Bishop", "Church", "Temple"]
ORD_LAST = ["Brooks", "Odom", "Pierce", "Whitfield", "Okafor", "Fuentes", "Carrasco", "Mensah", "Lawson",
            "Batista", "Medina", "Delgado", "Hayes", "Greer", "Ruiz", "Carter", "Simmons", "Baptiste",
            "Alves", "Tavares", "Rosario", "Figueroa", "Coleman", "Barros", "Joseph", "Hassan", "Tran",
            "Murphy", "Sullivan", "Lowe", "Washington", "Green", "Vega", "Duarte", "Gomes", "Perry",
            "Jean-Louis", "Mitchell", "Grant", "Lopes"]

# Staff: surnames that are also forbidden-looking words. (title, surname, pronoun)
STAFF = [("Mr.", "English", "his"), ("Ms.", "French", "her"), ("Mr.", "Welsh", "his"),
         ("Ms.", "Irish", "her"), ("Ms.", "Roma", "her"), ("Mr.", "Moreno", "his"),
         ("Ms.", "St. Germain", "her"), ("Mr.", "Portugal", "his"), ("Mr.", "Lebanon", "his"),
         ("Ms.", "Bolivar", "her"), ("Mr.", "Israel", "his"), ("Mr.", "Holland", "his"),
         ("Ms.", "England", "her"), ("Ms.", "Ireland", "her"), ("Mr.", "Black", "his"),
         ("Ms.", "White", "her"), ("Mr.", "Church", "his"), ("Ms.", "Bishop", "her"),
         ("Mr.", "Temple", "his"), ("Ms.", "Christian", "her"), ("Mr.", "Jordan", "his"),
         ("Ms.", "Paris", "her"), ("Mr.", "Brazil", "his"), ("Ms.", "Santana", "her"),
         ("Mr.", "Cruz", "his"), ("Ms.", "Welsh", "her"), ("Mr.", "French", "his")]
SSS_NAMES = ["Moreno", "Welsh", "Cruz", "Holland", "Santana", "Israel", "Bishop", "Jordan", "Irish",
             "Portugal", "England", "Church"]
PARENTS_F = ["Guadalupe Reyes", "Lourdes Santana", "Mercedes Alves", "Florence Pierre", "Trinity Mensah",
             "Georgia Coleman", "Savannah Duarte", "India Rosario", "Asia Barros", "Paris Gomes"]
PARENTS_M = ["Israel Fuentes", "Jordan Tavares", "Christian Joseph", "Cruz Medina", "Mohammed Hassan",
             "Dallas Greer", "Chad Lopes"]
GRANDMOTHERS = ["Lourdes Figueroa", "Guadalupe Vega", "Florence Baptiste", "Mercedes Duarte",
                "Georgia Mitchell", "Trinity Grant"]

BRANDS = [("black Canada Goose jacket", "Canada Goose"), ("gray Patagonia fleece", "Patagonia"),
          ("Dallas Cowboys hoodie", "Dallas Cowboys"), ("green Notre Dame 'Fighting Irish' hoodie", "Fighting Irish"),
          ("Brooklyn Nets hoodie", "Brooklyn Nets"), ("navy Columbia rain jacket", "Columbia rain jacket"),
          ("red Polo Ralph Lauren jacket", "Polo Ralph Lauren"), ("Paris Saint-Germain track jacket", "Paris Saint-Germain"),
          ("Georgia Bulldogs windbreaker", "Georgia Bulldogs"), ("black Canada Goose parka", "Canada Goose"),
          ("white Jordan-brand jacket", "Jordan-brand")]
CHAINS = [("gold Cuban link chain", "Cuban link chain"), ("silver Cuban link chain", "Cuban link")]
GAMER_TAGS = ["xXDakotaXx", "ChadTheDestroyer", "IndiaInk_22", "Paris4Real", "KenyaKillz617",
              "savannah.szn", "EgyptGotBars", "TrinityTooTuff", "brooklynbaby.617", "ZionWarlord",
              "Cairo_Grind", "MercedesAMG617", "IrishGoodbye99", "LondonFoggg"]
STAMPS = ["Mercedes", "Paris", "Jamaica", "Brooklyn", "Dakota"]
PLACES = ["Jamaica Plain branch library", "Chinatown station", "Irish Famine Memorial",
          "Jackson Square station", "Roxbury Crossing station"]
DOORS = ["main", "gym-side", "cafeteria", "north", "back-lot", "side"]
LOCS = ["cafeteria", "second-floor hallway by the library", "gym", "auditorium lobby", "courtyard",
        "third-floor landing"]
SUBJ_LANG = ["French", "Spanish", "English", "Portuguese"]
SUBJ_OTHER = ["chemistry", "geometry", "US history", "biology", "health"]

# --------------------------------------------------------------------------------------------
# Forbidden material. (category, text, canaries). Texts use the student slots.
POOL = [
    # language
    ("language", "{His} mother, {P}, speaks Haitian Creole, so the call home went through the district interpreter line.", ["Haitian Creole", "interpreter line"]),
    ("language", "{S} is an English learner (WIDA level 2), and a Spanish-speaking counselor sat in while {he} gave {his} account.", ["English learner", "WIDA", "Spanish-speaking"]),
    ("language", "Dad only speaks Vietnamese; {S}'s older sister translated for him on the phone.", ["Vietnamese"]),
    ("language", "Home language in SIS is Portuguese and the guardian asked for a Portuguese interpreter at the re-entry meeting.", ["Portuguese"]),
    ("language", "{S} gave {his} statement mostly in Cape Verdean Creole, with the Kriolu-speaking paraprofessional interpreting.", ["Cape Verdean Creole", "Kriolu"]),
    ("language", "{His} grandmother does not speak English; we reached her in Somali through the family liaison.", ["does not speak English", "Somali"]),
    ("language", "Mother prefers all school communication in Arabic.", ["Arabic"]),
    ("language", "{S} is in the SEI program and still gets ESL pull-out twice a week.", ["SEI program", "ESL pull-out"]),
    ("language", "(The family's primary language is Cantonese; an interpreter will be needed for any meeting.)", ["Cantonese"]),
    ("language", "Mom's first language is Amharic, so the follow-up call used the phone interpreter.", ["Amharic", "phone interpreter"]),
    ("language", "{He} has limited English and was more comfortable answering in Spanish.", ["limited English", "answering in Spanish"]),
    ("language", "The parents are Mandarin speakers and asked for translated documents.", ["Mandarin"]),
    # national origin
    ("national_origin", "{S} arrived from Honduras last October.", ["Honduras"]),
    ("national_origin", "{He} was born in the Dominican Republic and came to Boston in 7th grade.", ["Dominican Republic"]),
    ("national_origin", "Country of birth on file: Brazil.", ["Brazil"]),
    ("national_origin", "{S}'s family came here from Guatemala two years ago.", ["Guatemala"]),
    ("national_origin", "{He} recently arrived from Haiti and is still adjusting.", ["arrived from Haiti"]),
    ("national_origin", "{S} was born in Praia, Cape Verde, and lived with an aunt there until last year.", ["Praia", "Cape Verde"]),
    ("national_origin", "{His} family is originally from El Salvador.", ["El Salvador"]),
    ("national_origin", "{S} is a Nigerian national who transferred in January.", ["Nigerian national"]),
    ("national_origin", "{He} came to the US from Vietnam at age eleven.", ["from Vietnam"]),
    ("national_origin", "Born in Mogadishu, per the enrollment packet.", ["Mogadishu"]),
    ("national_origin", "{S}'s parents are from Colombia and {he} spent last summer there.", ["from Colombia"]),
    ("national_origin", "{He} is Lebanese-born and moved here in 2022.", ["Lebanese-born"]),
    # ethnicity
    ("ethnicity", "{S} is Haitian, as is the other student involved.", ["Haitian"]),
    ("ethnicity", "Both families are Dominican and know each other outside school.", ["Dominican"]),
    ("ethnicity", "SIS lists {him} as Hispanic/Latino.", ["Hispanic/Latino"]),
    ("ethnicity", "There has been tension at lunch between the Cape Verdean kids and another group.", ["Cape Verdean"]),
    ("ethnicity", "{S} is Somali and {his} older brothers graduated from here.", ["Somali"]),
    ("ethnicity", "{S} is Puerto Rican and was teased about it earlier that week.", ["Puerto Rican"]),
    ("ethnicity", "The teacher described the group as mostly Latino boys.", ["Latino"]),
    ("ethnicity", "{S} is Vietnamese-American.", ["Vietnamese-American"]),
    ("ethnicity", "{He} is of Mexican descent.", ["Mexican descent"]),
    ("ethnicity", "{S} is Cambodian and {his} cousins also go here.", ["Cambodian"]),
    # religion
    ("religion", "{S} had come back late from Friday prayers at the mosque.", ["Friday prayers", "mosque"]),
    ("religion", "The family are Jehovah's Witnesses and asked that no photos of {S} be kept.", ["Jehovah"]),
    ("religion", "{He} was fasting for Ramadan that day and had skipped lunch.", ["Ramadan"]),
    ("religion", "{His} pastor from the family's Pentecostal church came to the meeting.", ["Pentecostal"]),
    ("religion", "Mother asked to move the meeting because it fell on Shabbat.", ["Shabbat"]),
    ("religion", "{S} is an altar server at {his} Catholic parish, per {his} mother.", ["altar server", "Catholic parish"]),
    ("religion", "{He} is a practicing Sikh.", ["Sikh"]),
    ("religion", "The family is Muslim and the father asked for a male staff member.", ["Muslim"]),
    ("religion", "{S} goes to youth group at a Seventh-day Adventist church on Saturdays.", ["Seventh-day Adventist"]),
    ("religion", "{His} family are devout Buddhists.", ["Buddhist"]),
    # neighborhood
    ("neighborhood", "{S} lives on Dakota St in Dorchester with {his} grandmother.", ["Dakota St", "in Dorchester"]),
    ("neighborhood", "Home address: 14 Georgia St, Roxbury, MA 02119.", ["14 Georgia St", "02119", "Roxbury"]),
    ("neighborhood", "The family lives in the Mildred C. Hailey apartments.", ["Mildred C. Hailey"]),
    ("neighborhood", "{He} lives in Mattapan and takes the 28 bus in.", ["Mattapan"]),
    ("neighborhood", "{S} lives on Paris St in East Boston.", ["Paris St", "East Boston"]),
    ("neighborhood", "{He} stays at {his} grandmother's in the Franklin Field development.", ["Franklin Field"]),
    ("neighborhood", "Zip code on file: 02126.", ["02126"]),
    ("neighborhood", "{S} lives in Orchard Gardens.", ["Orchard Gardens"]),
    ("neighborhood", "{He} lives on Florence St in Roslindale.", ["Florence St", "Roslindale"]),
    ("neighborhood", "{S} and {his} mother moved into the Cathedral development in the South End this fall.", ["Cathedral development", "South End"]),
    ("neighborhood", "{His} family lives off Columbia Road near Uphams Corner.", ["Columbia Road", "Uphams Corner"]),
    ("neighborhood", "{He} lives with an uncle on Brunswick St.", ["Brunswick St"]),
    ("neighborhood", "{S} lives in Bromley-Heath.", ["Bromley-Heath"]),
    ("neighborhood", "They live at 220 Bowdoin St, apartment 3.", ["220 Bowdoin St"]),
    # immigration status
    ("immigration_status", "{His} mother is undocumented and asked that police not come to the house.", ["undocumented"]),
    ("immigration_status", "The family has a pending asylum case.", ["asylum"]),
    ("immigration_status", "{S} is in the country on a student visa.", ["student visa"]),
    ("immigration_status", "According to {S}, {his} father 'has no papers'.", ["no papers"]),
    ("immigration_status", "{S} has DACA and is worried about losing it.", ["DACA"]),
    ("immigration_status", "The family has Temporary Protected Status.", ["Temporary Protected Status"]),
    ("immigration_status", "{His} mother has a green card interview next month.", ["green card"]),
    ("immigration_status", "A refugee resettlement caseworker works with the family.", ["refugee"]),
    ("immigration_status", "{His} parents have an ICE check-in scheduled for next week.", ["ICE check-in"]),
    ("immigration_status", "The family's immigration lawyer called the school after the incident.", ["immigration lawyer"]),
    ("immigration_status", "{S} and {his} mother overstayed a tourist visa in 2023.", ["overstayed", "tourist visa"]),
    # gang affiliation
    ("gang_affiliation", "{S} is believed to run with the Florence Street Boys.", ["Florence Street Boys"]),
    ("gang_affiliation", "Several staff say {he} is 'H-Block'.", ["H-Block"]),
    ("gang_affiliation", "The school's safety list has {him} down as a Castlegate associate.", ["Castlegate"]),
    ("gang_affiliation", "{He} is a known member of the Wendover crew.", ["Wendover"]),
    ("gang_affiliation", "There are rumors {S} is affiliated with MS-13.", ["MS-13"]),
    ("gang_affiliation", "{S} has been seen throwing Trinity Terrace crew signs in the hallway.", ["Trinity Terrace crew"]),
    ("gang_affiliation", "{He} hangs with the Heath Street kids.", ["Heath Street"]),
    ("gang_affiliation", "SSS believes {S} is tied to the Lenox St gang.", ["Lenox St"]),
    ("gang_affiliation", "{His} Instagram bio says 'GSB' (Greenwood Street Boys).", ["GSB", "Greenwood Street Boys"]),
    ("gang_affiliation", "{He} is suspected of being in the same crew as {his} older brother, the Columbia Point Dawgs.", ["Columbia Point Dawgs"]),
]

# SIS-export style lines (for export-shaped descriptions).
SIS_POOL = [
    ("language", "Home Language: Haitian Creole", ["Haitian Creole"]),
    ("language", "EL Status: Active EL, WIDA 2.4", ["Active EL", "WIDA"]),
    ("language", "Interpreter Needed: Y (Spanish)", ["Interpreter Needed", "(Spanish)"]),
    ("language", "Primary Language: Vietnamese", ["Vietnamese"]),
    ("ethnicity", "Race/Ethnicity: Hispanic - Dominican", ["Hispanic", "Dominican"]),
    ("ethnicity", "Ethnicity: Cape Verdean", ["Cape Verdean"]),
    ("national_origin", "Country of Birth: Honduras", ["Honduras"]),
    ("national_origin", "Birthplace: Port-au-Prince, Haiti", ["Port-au-Prince"]),
    ("neighborhood", "Address: 31 Wendell St, Dorchester 02124", ["31 Wendell St", "02124"]),
    ("neighborhood", "Residence: Franklin Hill Apts, Unit 4B", ["Franklin Hill"]),
    ("immigration_status", "Status Note: family seeking asylum - do not share", ["seeking asylum"]),
    ("religion", "Accommodation: prayer space Fri 12:30 (Muslim)", ["prayer space", "Muslim"]),
    ("gang_affiliation", "Staff Concern: possible H-Block affiliation", ["H-Block"]),
    ("gang_affiliation", "Flag: suspected Castlegate", ["Castlegate"]),
    ("national_origin", "Country: Guatemala / Date Entered US Schools: 2024-09-03", ["Guatemala", "Date Entered US Schools"]),
]

# Sentences where a look-alike person and a real forbidden fact share the sentence.
# (category, text, canaries, the name that must survive)
ENTANGLED = [
    ("national_origin", "Kenya Odom, who sits with {S} at lunch, said {he} gets picked on because {his} family arrived from Kenya last year.", ["arrived from Kenya"], "Kenya Odom"),
    ("national_origin", "Israel Fuentes, a classmate, told us {S} was born in Israel and moved here in 8th grade.", ["born in Israel"], "Israel Fuentes"),
    ("neighborhood", "Paris Whitfield saw it happen; she lives on Paris St, a few doors down from {S}.", ["Paris St"], "Paris Whitfield"),
    ("national_origin", "India Carrasco, a friend of {S}'s, mentioned that {S}'s family is from India.", ["is from India"], "India Carrasco"),
    ("national_origin", "Georgia Mensah said {S}'s family came over from Georgia (the country, not the state) in 2023.", ["came over from Georgia", "the country, not the state"], "Georgia Mensah"),
    ("language", "Mr. English met with the family; {S}'s mother does not speak English, so he used a Haitian Creole interpreter.", ["does not speak English", "Haitian Creole"], "Mr. English"),
    ("language", "Ms. French made the call home; {S}'s father speaks only French, so she talked with him in French.", ["speaks only French", "him in French"], "Ms. French"),
    ("religion", "Mohammed Hassan, who was with {S} at the time, said the two of them had just come back from the mosque.", ["mosque"], "Mohammed Hassan"),
    ("religion", "Christian Delgado said {S} was upset about something that happened at {his} family's Pentecostal church.", ["Pentecostal"], "Christian Delgado"),
    ("ethnicity", "Savannah Pierre, who was in the group, said the argument started when someone kept calling {S} 'the Haitian'.", ["Haitian"], "Savannah Pierre"),
    ("gang_affiliation", "Santana Ruiz told the SSS that {S} 'runs with Florence Street' and the other boys do too.", ["Florence Street"], "Santana Ruiz"),
    ("national_origin", "Egypt Lawson, a friend, said {S}'s parents are Egyptian-born and very strict.", ["Egyptian-born"], "Egypt Lawson"),
    ("immigration_status", "Lourdes Batista, a family friend who came in with {S}'s mother, said the family is undocumented and scared.", ["undocumented"], "Lourdes Batista"),
    ("immigration_status", "Guadalupe Reyes, {S}'s aunt, said they are waiting on an asylum hearing and asked us to be careful.", ["asylum hearing"], "Guadalupe Reyes"),
    ("neighborhood", "Dakota Greer, who walked home with {S} that day, said they both live on Dakota St.", ["Dakota St"], "Dakota Greer"),
    ("religion", "Trinity Okafor said {S} has been bringing a Quran to school and reading it at lunch all week.", ["Quran"], "Trinity Okafor"),
    ("national_origin", "Asia Tran said {S} just came from Vietnam and does not have many friends yet.", ["came from Vietnam"], "Asia Tran"),
    ("gang_affiliation", "Brooklyn Hayes said the two of them are 'GSB' and were talking about the Greenwood Street beef.", ["GSB", "Greenwood Street"], "Brooklyn Hayes"),
    ("language", "Mercedes Alves translated between {S} and {his} grandmother, who speaks only Cape Verdean Creole.", ["Cape Verdean Creole"], "Mercedes Alves"),
    ("immigration_status", "Chad Coleman said {S} told the group {his} dad 'got picked up by ICE' last month.", ["picked up by ICE"], "Chad Coleman"),
    ("neighborhood", "Sierra Monteiro said she and {S} both live in the Mildred C. Hailey apartments.", ["Mildred C. Hailey"], "Sierra Monteiro"),
    ("national_origin", "Jordan Pierce said {S}'s family is originally from Jordan and moved here for work.", ["originally from Jordan"], "Jordan Pierce"),
    ("religion", "Coach Bishop said {S} misses Saturday games because the family is Seventh-day Adventist.", ["Seventh-day Adventist"], "Coach Bishop"),
    ("ethnicity", "Mr. White, who was on duty, said the trouble was 'Dominicans versus Puerto Ricans' and that {S} is Dominican.", ["Dominican", "Puerto Rican"], "Mr. White"),
    ("neighborhood", "Florence Baptiste, {his} grandmother, said {S} had walked over from her apartment on Georgia St.", ["Georgia St"], "Florence Baptiste"),
]

# Students whose own name is the forbidden-looking word, with a real fact about them.
SELF_STUDENTS = [
    ("Kenya", "Simmons", "f", "national_origin", "{S} moved here from Kenya with {his} mother in 2023.", ["from Kenya"]),
    ("India", "Lopes", "f", "national_origin", "{S} was born in India, according to the enrollment packet.", ["born in India"]),
    ("Egypt", "Carter", "f", "national_origin", "{S} is Egyptian-born, and the family asked that calls home be in Arabic.", ["Egyptian-born", "in Arabic"], "language"),
    ("Jordan", "Haddad", "m", "national_origin", "{S}'s family moved here from Amman two years ago.", ["from Amman"]),
    ("Israel", "Figueroa", "m", "national_origin", "{S} came from Guatemala in 9th grade.", ["came from Guatemala"]),
    ("Georgia", "Beridze", "f", "national_origin", "{S} was born in Tbilisi.", ["Tbilisi"]),
    ("Asia", "Chhim", "f", "ethnicity", "{S} is Cambodian.", ["Cambodian"]),
    ("Christian", "Abdi", "m", "religion", "{S}'s family is Muslim and {he} had been fasting that day.", ["Muslim"]),
    ("Trinity", "Jones", "f", "religion", "{S}'s family are Jehovah's Witnesses.", ["Jehovah"]),
    ("Mohammed", "Farah", "m", "ethnicity", "{S} is Somali.", ["Somali"]),
    ("Guadalupe", "Rosario", "f", "immigration_status", "{S}'s mother is undocumented.", ["undocumented"]),
    ("Marcus", "English", "m", "language", "{S} is still an English learner and gets pull-out support.", ["English learner"]),
    ("Noelle", "French", "f", "language", "{S} speaks Haitian Creole at home.", ["Haitian Creole"]),
    ("Luis", "Portugal", "m", "national_origin", "{S} was born in Brazil.", ["born in Brazil"]),
    ("Yesenia", "Bolivar", "f", "national_origin", "{S}'s family is from Venezuela.", ["Venezuela"]),
    ("Angel", "Moreno", "m", "immigration_status", "{S} has DACA.", ["DACA"]),
    ("Aiden", "Welsh", "m", "neighborhood", "{S} lives in the Old Colony development in South Boston.", ["Old Colony", "South Boston"]),
    ("Keisha", "Irish", "f", "national_origin", "{S} was born in Kingston, Jamaica.", ["Kingston, Jamaica"]),
    ("Devon", "St. Germain", "m", "ethnicity", "{S} is Haitian.", ["Haitian"]),
    ("Tahmid", "Islam", "m", "national_origin", "{S}'s family is from Bangladesh.", ["Bangladesh"]),
    ("Dallas", "Monteiro", "m", "language", "{S}'s home language is Cape Verdean Creole.", ["Cape Verdean Creole"]),
    ("Santana", "Brooks", "f", "gang_affiliation", "{S} is said to be with the Greenwood Street Boys.", ["Greenwood Street Boys"]),
    ("Paris", "Lowe", "f", "neighborhood", "{S} lives on Paris St in East Boston.", ["Paris St", "East Boston"]),
    ("Brooklyn", "Tavares", "f", "neighborhood", "{S} lives in Mattapan.", ["Mattapan"]),
    ("Dakota", "Reyes", "m", "neighborhood", "{S} lives on Dakota St.", ["Dakota St"]),
    ("Cruz", "Medina", "m", "immigration_status", "{S} told staff {his} family has 'no papers'.", ["no papers"]),
    ("Naomi", "Israel", "f", "religion", "{S}'s family is Jewish and keeps Shabbat.", ["Jewish", "Shabbat"]),
    ("Florence", "Ndiaye", "f", "language", "{S}'s mother speaks only Wolof, so the call home used an interpreter.", ["Wolof"]),
]

# Structured student fields (key, value, category, canaries).
STRUCT = [
    ("ethnicity", "Haitian", "ethnicity", ["Haitian"]),
    ("race_ethnicity", "Black or African American; Cape Verdean", "ethnicity", ["Cape Verdean", "African American"]),
    ("ethnicity", "Hispanic - Puerto Rican", "ethnicity", ["Puerto Rican"]),
    ("home_language", "Spanish", "language", ["Spanish"]),
    ("home_language", "Somali", "language", ["Somali"]),
    ("primary_language", "Haitian Creole", "language", ["Haitian Creole"]),
    ("ell_status", "Active English Learner (WIDA 2.8)", "language", ["Active English Learner"]),
    ("birth_country", "Dominican Republic", "national_origin", ["Dominican Republic"]),
    ("country_of_birth", "El Salvador", "national_origin", ["El Salvador"]),
    ("address", {"line1": "88 Mount Bowdoin Ter, Apt 2", "city": "Boston", "zip": "02121"}, "neighborhood", ["88 Mount Bowdoin", "02121"]),
    ("address", {"line1": "17 Lenox St", "city": "Boston", "zip": "02118"}, "neighborhood", ["17 Lenox St", "02118"]),
    ("immigration_status", "asylee", "immigration_status", ["asylee"]),
    ("citizenship", "non-citizen, visa pending", "immigration_status", ["non-citizen", "visa pending"]),
    ("religious_accommodation", "Ramadan fasting, excused from PE", "religion", ["Ramadan"]),
    ("gang_flag", "suspected - Heath Street", "gang_affiliation", ["Heath Street"]),
    ("safety_notes", "possible Wendover crew association per SSS", "gang_affiliation", ["Wendover"]),
    ("guardian", {"name": "{GUARD}", "relationship": "mother", "phone": "617-555-01{NN}",
                  "address": "41 Wendover St, Boston 02125"}, "neighborhood", ["41 Wendover St", "02125"]),
    ("demographics", {"ethnicity": "Vietnamese", "language_at_home": "Vietnamese", "sped": False},
     ["ethnicity", "language"], ["Vietnamese"]),
]

# --------------------------------------------------------------------------------------------
# Scenario templates. Slots: S SN (student), he his him He His, V (victim) vhe vhis vhim,
# W W2 (witnesses), T T2 (teachers) Tpr, AP, SSS SSS2, P REL, SCH SCHS, TIME DATE HDATE ROOM
# DOOR LOC BR BRAND BRANDK JACKET JACKETK TAG STAMP PLACE SUBJ SUBJ2 INC ITEM BUS, F (forbidden).
# Each: dict(id, g, w / subs, dec, reason, uses, text, facts, key, loc, thr, style, recip, att, own)

def T(**kw):
    kw.setdefault("dec", "allow")
    kw.setdefault("style", "sent")
    kw.setdefault("uses", 2)
    kw.setdefault("facts", [])
    kw.setdefault("hours", (8, 14))
    return kw


TEMPLATES = [
    # ---------------------------------------------------------------- weapons (allow)
    T(id="WK1", g="weapon", w="knife", key="folding knife", loc="{SCH}, second-floor lockers",
      text="At about {TIME} {W} came to {T} and said {S} had shown a group of kids a knife in homeroom. {SSS} and {AP} brought {S} to the office and searched {his} locker on the second floor; inside a rolled-up gym shirt was a folding knife with a roughly 4-inch locking blade. {S} said {he} carries it 'for the walk home.' {F} Nobody was threatened with it as far as we can tell. The knife is in the main office safe.",
      facts=["rolled-up gym shirt", "4-inch locking blade", "main office safe"]),
    T(id="WK2", g="weapon", w="knife", key="kitchen knife", loc="{SCH}, cafeteria", hours=(10, 12),
      text="During lunch {S} took a kitchen knife, about 8 inches with a black handle, out of {his} backpack and pointed it across the table at {V}, saying 'keep talking and see.' {W} and the others at the table backed away and {T}, who had lunch duty, radioed for help. {SSS} got the knife from {S} without a struggle. {F} {V} was not hurt but was shaken and went home early.",
      facts=["black handle", "keep talking and see"]),
    T(id="WK3", g="weapon", w="box cutter", key="box cutter", style="sis", loc="{SCH}, {DOOR} entrance", hours=(7, 8),
      text="INCIDENT {INC}\nCategory: Weapon - SAF-02\nReported by: {AP}\nDate/Time: {DATE} {TIME}\nNarrative: Yellow retractable box cutter found in {SN}'s jacket pocket during bag check at the {DOOR} entrance. Student states it is from {his} weekend job stocking shelves at a grocery store. Blade extended when found.\n{F}\nWitness: {W}\nAction taken: item confiscated, parent contacted, suspension pending hearing.",
      facts=["Yellow retractable box cutter", "Blade extended when found"]),
    T(id="WK4", g="weapon", w="razor blade", key="razor blade", loc="{SCH}, 3rd floor {BR} bathroom",
      text="Text from {SSS} to {AP}, {TIME}: got a razor blade off {S} in the 3rd fl {BR} bathroom, it was taped inside {his} phone case. says {he} needed it because of {V}. {F} bringing {him} down to you now",
      facts=["taped inside", "phone case"]),
    T(id="WK5", g="weapon", w="brass knuckles", key="brass knuckles", loc="{SCH}, east stairwell",
      text="Suspension hearing notes, {HDATE}. Present: {AP} (hearing officer), {S}, {P} ({REL}), {T}.\nFacts: On {DATE} {SSS} recovered a set of brass knuckles from {S}'s waistband after {W} reported seeing them in the east stairwell. {S} admits possession and says a cousin gave them to {him} 'for protection.'\n{F}\nFinding: possession of a dangerous weapon (SAF-02). Long-term suspension recommended; referral to BPD per protocol.",
      facts=["waistband", "east stairwell", "for protection"]),
    T(id="WK6", g="weapon", w="pepper spray", key="pepper spray", loc="{SCH}, hallway outside room {ROOM}",
      text="At {TIME} {S} sprayed pepper spray in the crowded hallway outside room {ROOM}, hitting {V} and {W} in the face. The nurse flushed both students' eyes with water; {V} was picked up by a parent and taken to urgent care as a precaution. {S} said {V} had been following {him} between classes. {F} The canister (pink, keychain size) is with {SSS}.",
      facts=["flushed both students' eyes", "keychain size", "room {ROOM}"]),
    T(id="WK7", g="weapon", w="stun gun", key="stun gun", loc="{SCH}, room {ROOM}",
      text="{W} told {T} that {S} was showing off a taser in the back of {T}'s {SUBJ} class. {SSS} walked {S} out and found a black stun gun in the front pocket of {his} hoodie; it sparked when {SSS} tested it. {F} {S} said {he} bought it online last month and 'never used it on anybody.'",
      facts=["front pocket of {his} hoodie", "sparked when", "{SUBJ} class"]),
    T(id="WK8", g="weapon", w="firearm", key="9mm handgun", loc="{SCH}, {LOC}",
      text="At approximately {TIME} {SSS} and {SSS2} went to the {LOC} after {W} told {T} that {S} had a gun in {his} backpack. They secured the bag before {S} could reach it. Inside, under a {BRAND}, was a loaded black 9mm handgun with the magazine inserted and no round in the chamber. {F} Officers from the district responded to the building and took custody of the firearm; this is the school's written report for the follow-up.",
      facts=["magazine inserted", "no round in the chamber", "{BRANDK}"]),
    T(id="WK9", g="weapon", w="firearm", key="revolver", loc="school bus, {BUS}, front loop of {SCH}", hours=(7, 7),
      text="The monitor on bus {BUS} reported that at about {TIME}, on the morning run, {S} passed a small silver revolver to the student next to {him}, then took it back and put it inside {his} {JACKET}. The driver pulled into the school's front loop and {SSS} took {S} off the bus first. The revolver was in an inner pocket of the {JACKET}, unloaded; {S} had three rounds in {his} front pants pocket. {F}",
      facts=["silver revolver", "three rounds", "{JACKETK}"]),
    T(id="WK10", g="weapon", w="firearm", key="Glock-style pistol", loc="{SCH}, {DOOR} doors at dismissal", hours=(14, 14),
      text="From: {T}\nTo: {AP}\nSubject: dismissal today\n\nAt dismissal I saw {S} lift {his} shirt near the {DOOR} doors and show {W} what looked like the grip of a handgun tucked in {his} waistband. {He} was wearing a {JACKET} and gray sweatpants. I told {SSS} right away and {S} was stopped at the corner before {he} got on the bus. {SSS} recovered an unloaded Glock-style pistol from {his} waistband. {F}\n\nI am available to give a statement.",
      facts=["gray sweatpants", "{JACKETK}", "stopped at the corner"]),
    T(id="WK11", g="weapon", w="knife", key="switchblade", loc="{SCH}, main entrance", hours=(7, 8),
      text="Wand alarmed on {S} at the main entrance, {TIME}. Pat-down by {SSS} found a switchblade in {his} left sock. {F} Confiscated, logged as item {ITEM}, {REL} called.",
      facts=["left sock", "item {ITEM}"]),
    T(id="WK12", g="weapon", w="machete", key="machete", uses=1, loc="{SCH}, courtyard", hours=(7, 7),
      text="Before first period {S} showed a machete (about 18 inches, in a cardboard sheath held with duct tape) to a group in the courtyard, pulling it out of a duffel bag. {W} recorded a short video and showed it to {AP}. {SSS} located {S} in the cafeteria and recovered the machete from the duffel. {F} {S} said {he} was only going to 'show it off, that's all.'",
      facts=["cardboard sheath", "duct tape"]),
    T(id="WK13", g="weapon", w="club", key="expandable steel baton", loc="{SCH}, outside the gym",
      text="{T} saw {S} swinging an expandable steel baton at the vending machine outside the gym at {TIME}, cracking the front panel. When {T} told {him} to stop, {he} collapsed it and put it in {his} backpack. {SSS} recovered it. {F} A week earlier {V} had told {AP} that {S} threatened to 'crack' somebody.",
      facts=["vending machine", "cracking the front panel"]),
    T(id="WK14", g="weapon", w="brass knuckles", key="brass knuckles", loc="{SCH}, room {ROOM}", hours=(8, 9), wd=0,
      text="On Sunday night a Snapchat account named '{TAG}' posted a photo of a hand in brass knuckles with the caption 'monday'. {W} showed the post to {T} first thing Monday and said the account is {S}'s. {SSS} found the same brass knuckles (gold color, 'BOSS' stamped across the front) in {S}'s backpack during first period. {F}",
      facts=["{TAG}", "gold color", "BOSS"]),
    T(id="WK15", g="weapon", w="knife", key="steak knife", loc="MBTA stop in front of {SCH}", hours=(14, 14),
      text="Right after dismissal, at the MBTA stop in front of the school, {S} pulled a steak knife on {V} and demanded the Jordan 4s {V} was wearing. {W} ran back inside and got {SSS}, who found {S} half a block away with the knife in {his} waistband; the sneakers were not taken. {F} {V} had a small scratch on one hand, treated by the nurse.",
      facts=["Jordan 4s", "half a block away"]),
    T(id="WK16", g="weapon", w="mace", key="mace", uses=1, loc="{SCH}, 2nd floor lockers",
      text="SSS log {TIME}: {S} pulled out a small canister of mace during an argument with {V} by the lockers on 2, did not spray it. Canister taken. {F} {AP} notified.",
      facts=["canister of mace", "by the lockers on 2"]),
    T(id="WK17", g="weapon", w="box cutter", key="box cutter", loc="{SCH}, room {ROOM}",
      text="Hearing summary ({HDATE}). Hearing officer: {AP}. Parent present: {P}. Student: {S}.\nOn {DATE}, in {T}'s room {ROOM}, {S} used a box cutter to slice through {V}'s backpack strap while {V} was wearing it. The blade came within inches of {V}'s neck; no injury. {W} and {T} witnessed it.\n{F}\nDecision: exclusion for 10 days; weapon reported to BPD.",
      facts=["backpack strap", "within inches"]),
    T(id="WK18", g="weapon", w="knife", key="hunting knife", loc="{SCH}, {SUBJ2} lab",
      text="{T} saw the handle of a knife sticking out of {S}'s pocket during {SUBJ2} lab and asked {him} to step into the hall. {S} handed over a fixed-blade hunting knife in a leather sheath and said {he} forgot it was there after a fishing trip with {his} uncle. {F} No threats were made to anyone.",
      facts=["leather sheath", "fishing trip"]),
    T(id="WK19", g="weapon", w="firearm", key=".22 caliber handgun", loc="{SCH}, room {ROOM}",
      text="Phone message taken by {T}, {TIME}: the caller said she is {P}, mother of a 10th grader (not {S}). Her son saw {S} with a gun in the 2nd floor bathroom this morning. {SSS} and {AP} found {S} in room {ROOM}; a .22 caliber handgun, unloaded, was in the laptop sleeve of {his} backpack. {F}",
      facts=["laptop sleeve", "room {ROOM}"]),
    # ---------------------------------------------------------------- drugs (allow)
    T(id="DR1", g="drugs", subs=["fentanyl"], key="fentanyl", loc="{SCH}, behind the auditorium",
      text="{SSS} saw {S} hand something to {V} behind the auditorium at {TIME}. In the pocket of {S}'s {JACKET} {SSS} found 14 small glassine bags stamped '{STAMP}' in red ink, folded into a dollar bill. {S} told {SSS} they were 'fetty', meaning fentanyl. {F} The bags were sealed in an envelope and are locked in the AP's office.",
      facts=["stamped '{STAMP}'", "14 small glassine bags"]),
    T(id="DR2", g="drugs", subs=["cocaine"], key="cocaine", loc="{SCH}, student locker",
      text="Hearing notes - {HDATE}\nAttendees: {AP}; {S}; {P} ({REL}); counselor {T}.\nEvidence: on {DATE} {SSS} found a sandwich bag in {S}'s locker holding nine smaller twisted baggies of white powder and a digital scale. At the hearing {S} said the powder is cocaine and {he} was holding it for an older friend.\n{F}\nOutcome: expulsion hearing scheduled; reported under the district drug protocol.",
      facts=["digital scale", "nine smaller twisted baggies"]),
    T(id="DR3", g="drugs", subs=["counterfeit pills"], key="counterfeit oxycodone", loc="{SCH}, {BR} bathroom",
      text="{W} told {T} that {S} was selling 'blues' in the {BR} bathroom for $10 each. {SSS} searched {S} with {AP} present and found 20 small round blue pills stamped 'M 30' in an Altoids tin. The nurse said they look like counterfeit oxycodone, which often contains fentanyl. {F}",
      facts=["Altoids tin", "M 30", "$10 each"]),
    T(id="DR4", g="drugs", subs=["oxycodone"], key="oxycodone", loc="{SCH}, room {ROOM}",
      text="{S} gave two pills to {V} in {T}'s class; {V} said they were 'percs'. {SSS} found a pharmacy bottle of oxycodone 10 mg in {S}'s bag, labeled for {GM}, {S}'s grandmother, with 31 pills left. {S} said {he} took it from her kitchen. {F} {V} had not swallowed the pills and they were recovered.",
      facts=["31 pills", "labeled for {GM}"]),
    T(id="DR5", g="drugs", subs=["Xanax"], key="Xanax", loc="{SCH}, {LOC}",
      text="SSS note {TIME}: {S} caught selling Xanax bars by the {LOC}, $5 each. {W} had bought two and handed them over. 11 more bars (white, rectangular) in {his} sock. {F}",
      facts=["$5 each", "11 more bars"]),
    T(id="DR6", g="drugs", subs=["MDMA"], key="MDMA", loc="{SCH}, stairwell after the dance", hours=(20, 21), wd=4,
      text="After the Friday dance {T} found {S} and two friends in the stairwell with a small pill bottle of tan capsules. {S} said they were molly (MDMA) and that {he} bought them 'for the dance'. {SSS} collected 8 capsules. {F} {W} admitted taking one earlier and was checked by EMS before going home with a parent.",
      facts=["tan capsules", "8 capsules", "checked by EMS"]),
    T(id="DR7", g="drugs", subs=["marijuana", "cocaine"], key="cocaine", loc="{SCH}, {DOOR} entrance", hours=(7, 8),
      text="A bag check at the {DOOR} door turned up a bag of marijuana and two small baggies of cocaine in {S}'s backpack, along with $240 in small bills. {S} said the weed was {his} but the 'white' belonged to someone else. {F}",
      facts=["two small baggies of cocaine", "$240 in small bills"]),
    T(id="DR8", g="drugs", subs=["counterfeit pills"], key="counterfeit pills", loc="{SCH}, 3rd floor {VBR} bathroom",
      text="At {TIME} {V} collapsed in the 3rd floor {VBR} bathroom. The nurse gave two doses of Narcan and {V} was breathing normally before EMS took {vhim} to Boston Children's. {W} told {AP} that {S} had given {V} a pill from a baggie that morning. {SSS} found four more counterfeit pills, blue and stamped 'M 30', in {S}'s pocket. {F}",
      facts=["two doses of Narcan", "Boston Children's"]),
    T(id="DR9", g="drugs", subs=["crack cocaine"], key="crack", loc="{SCH}, main office",
      text="From {SSS} {TIME}: found crack in {S}'s sneaker during the search, 6 rocks in a corner baggie. {S} says it isn't {his}. {F} I have it bagged, on my way to you.",
      facts=["6 rocks", "corner baggie"]),
    T(id="DR10", g="drugs", subs=["LSD"], key="LSD", loc="{SCH}, room {ROOM}",
      text="{T} confiscated a small sheet of paper squares with a cartoon print from {S}'s notebook during {SUBJ} class after seeing {him} tear one off for {W}. {S} said they are tabs of LSD, 10 of them. {F}",
      facts=["cartoon print", "{SUBJ} class"]),
    T(id="DR11", g="drugs", subs=["psilocybin"], key="psilocybin", loc="{SCH}, cafeteria", hours=(10, 12),
      text="{S} was sharing pieces of a chocolate bar labeled 'Polkadot' at the lunch table; the wrapper says it contains psilocybin mushrooms. {W} ate a square, felt dizzy later and was seen by the nurse. {SSS} recovered the remaining 9 squares from {S}. {F}",
      facts=["Polkadot", "9 squares"]),
    # ---------------------------------------------------------------- serious violence (allow)
    T(id="SV1", g="serious_violence", key="scissors", loc="{SCH}, room {ROOM}",
      text="During {T}'s class {S} stabbed {V} in the back of the left shoulder with a pair of scissors after an argument about a phone. {V} was bleeding through {vhis} shirt; the nurse applied pressure and EMS took {vhim} to Boston Medical Center, where the wound was closed with 6 stitches. {F} {SSS} kept {S} in the office until a parent arrived.",
      facts=["left shoulder", "6 stitches"]),
    T(id="SV2", g="serious_violence", key="wired shut", loc="{SCH}, {LOC}",
      text="At {TIME} near the {LOC} {S} punched {V} repeatedly after {V} fell to the ground, and kept going after {T} yelled to stop. {V}'s jaw was fractured in two places (confirmed at Boston Medical Center) and was wired shut the next day. {W} and several others recorded it on their phones. {F}",
      facts=["fractured in two places", "recorded it on their phones"]),
    T(id="SV3", g="serious_violence", key="padlock", loc="{SCH}, gym locker room",
      text="{S} struck {V} on the side of the head with a padlock inside a sock in the gym locker room at about {TIME}. {V} had a deep cut above the ear and needed 8 staples at the ER. {SSS} recovered the sock and padlock from a trash can where {S} had thrown them. {F}",
      facts=["padlock inside a sock", "8 staples"]),
    T(id="SV4", g="serious_violence", key="concussion", loc="sidewalk outside {SCH}", hours=(14, 14),
      text="{S} and two others not yet identified knocked {V} to the ground on the sidewalk outside the {DOOR} doors at dismissal and kicked {vhim} in the head several times. {V} lost consciousness briefly and was diagnosed at Boston Children's with a concussion and a broken orbital bone. {W} identified {S} from the front; {S} was wearing a {JACKET}. {F}",
      facts=["broken orbital bone", "{JACKETK}"]),
    T(id="SV5", g="serious_violence", key="sexually assaulted", loc="{SCH}, stairwell between 2nd and 3rd floors", hours=(12, 13),
      text="{V} told the school nurse at {TIME} that {S} forced {vhim} into the stairwell between the 2nd and 3rd floors during 4th period and sexually assaulted {vhim}. The nurse and {AP} followed the district protocol; {V}'s parent was called and {V} was taken to the hospital for an exam. Hallway camera footage shows {S} and {V} entering the stairwell at 11:02 and {S} leaving alone at 11:09. {F}",
      facts=["between the 2nd and 3rd floors", "11:09"]),
    T(id="SV6", g="serious_violence", key="metal folding chair", loc="{SCH}, cafeteria", hours=(10, 12),
      text="In the cafeteria at {TIME}, {S} picked up a metal folding chair and swung it into {V}'s face. {V} suffered a fractured cheekbone and a cut under the eye that needed stitches. {T} and {SSS} separated them; {S} kept trying to get back to {V}. {F}",
      facts=["fractured cheekbone", "cut under the eye"]),
    T(id="SV7", g="serious_violence", key="right wrist", loc="{SCH}, stairs by the {DOOR} exit",
      text="Hearing notes {HDATE}. Present: {AP}, {S}, {P} ({REL}), union rep for {T}.\nOn {DATE} {S} shoved {T} down the stairs by the {DOOR} exit when {T} blocked {him} from leaving the building. {T} fell about eight steps and broke {Tpr} right wrist, also hit {Tpr} head, and missed two weeks of work. {W} saw it.\n{F}\nFinding: assault on a staff member causing serious bodily injury.",
      facts=["about eight steps", "missed two weeks of work"]),
    T(id="SV8", g="serious_violence", key="broken bottle", uses=1, loc="{SCH}, courtyard",
      text="URGENT {SSS} to {AP} {TIME}: {V} cut bad on the arm in the courtyard, {S} did it with a broken bottle. EMS here. {S} is with SSS in the office. {F} witnesses {W} and two others",
      facts=["cut bad on the arm", "EMS here"]),
    T(id="SV9", g="serious_violence", key="lower back", loc="side path by the basketball courts, {SCH}", hours=(14, 15),
      text="At {TIME}, on the school's side path by the basketball courts, {S} stabbed {V} once in the lower back with a small knife during a fight that started inside. {V} was taken by ambulance to Boston Medical Center and admitted. {SSS} found the knife in a storm drain where {W} saw {S} drop it. {F}",
      facts=["storm drain", "admitted"]),
    T(id="SV10", g="serious_violence", key="combination lock", style="sis", loc="{SCH}, {LOC}",
      text="INCIDENT {INC}\nType: Assault with dangerous weapon\nLocation: {LOC}\nTime: {TIME}\nInvolved: {SN} (offender); {V} (victim)\nInjury: laceration above left eye requiring 12 stitches; victim transported by EMS\nWeapon: combination lock swung on a lanyard\n{F}\nReporter: {AP}\nStatus: referred to BPD",
      facts=["12 stitches", "swung on a lanyard"]),
    T(id="SV11", g="serious_violence", key="choked", uses=1, loc="{SCH}, library",
      text="{S} choked {V} from behind with {his} forearm in the back of the library until {V} went limp and slid to the floor. {T} pulled {S} off. {V} was unconscious for a few seconds, had red marks on {vhis} neck and was taken to the hospital for evaluation. {F}",
      facts=["went limp", "red marks"]),
    T(id="SV12", g="serious_violence", key="skateboard", loc="{PLACE} (class field trip)",
      text="On the class field trip to the {PLACE}, {S} hit {V} across the face with a skateboard after {V} laughed at {him}. {V} lost two front teeth and had a split lip; a chaperone, {T}, called 911 and {V} went to Tufts Medical Center. {W} took the skateboard from {S}. {F}",
      facts=["{PLACE}", "lost two front teeth"]),
    # ---------------------------------------------------------------- credible threats (allow)
    T(id="CT1", g="credible_threat", key="uncle's gun", loc="{SCH}, front entrance (online post)",
      text="{W} showed {T} an Instagram story from the account '{TAG}', which {S} admits is {his}. The story is a photo of the school's front entrance with the text 'tmrw 2nd lunch everybody gonna see'. Two students told {AP} that {S} said on the bus {he} can get {his} uncle's gun. {F} {S} stayed home the next day by agreement with {P}.",
      thr="{S}, through the account '{TAG}', posted the school's entrance with 'tmrw 2nd lunch everybody gonna see' and told two students on the bus {he} could get a gun: a specific time and place and access to a weapon.",
      facts=["{TAG}", "2nd lunch"]),
    T(id="CT2", g="credible_threat", key="who goes first", loc="{SCH}, room {ROOM}",
      text="A substitute in room {ROOM} found a page in {S}'s notebook titled 'who goes first' with five names, including {W} and {T}, and a drawing of a rifle. The week before, {S} had told {W} that {he} 'would do something nobody forgets.' {F}",
      thr="Written list of five named people under the heading 'who goes first' with a rifle drawing, after a spoken statement to one of the listed students; specific targets are named.",
      facts=["drawing of a rifle", "something nobody forgets"]),
    T(id="CT3", g="credible_threat", key="staff lot", loc="{SCH}, room {ROOM}",
      text="After {T} took {S}'s phone in class, {S} said in front of everyone, 'I know where you park, you're getting it Friday,' and later that day sent {T} a school email with a photo of {T}'s car in the staff lot. {F}",
      thr="{S} told {T} 'I know where you park, you're getting it Friday' and then emailed a photo of the teacher's car in the staff lot.",
      facts=["you're getting it Friday", "photo of {T}'s car"]),
    T(id="CT4", g="credible_threat", key="bomb in the building", loc="{SCH}, 2nd floor {BR} bathroom",
      text="At {TIME} a note was found taped inside a stall in the 2nd floor {BR} bathroom: 'bomb in the building 1:30 Thursday'. The hallway camera shows only {S} entering that bathroom in the 20 minutes before it was found, and {T} says the handwriting matches {S}'s class work. {F}",
      thr="Handwritten note 'bomb in the building 1:30 Thursday' taped in a bathroom stall, tied to {S} by the hallway camera timeline and handwriting.",
      facts=["1:30 Thursday", "taped inside a stall"]),
    T(id="CT5", g="credible_threat", key="photo of a handgun", loc="{SCH} (group chat)",
      text="Screenshot forwarded by {P} ({REL} of a 9th grader) to {AP} at {TIME}: in a group chat {S} wrote '{VF} not making it past dismissal fr' and then sent a photo of a handgun lying on a bed. {F}",
      thr="{S} wrote in a group chat that a named student is 'not making it past dismissal' and sent a photo of a handgun.",
      facts=["not making it past dismissal", "lying on a bed"]),
    T(id="CT6", g="credible_threat", key="picture of a knife", loc="{SCH}, cafeteria",
      text="{V} came to {AP} crying and said {S}, {vhis} ex, had texted 'watch what happens when I see you in the caf' and then a picture of a knife on a desk. {W} confirmed {S} said the same thing out loud in {SUBJ} class. {F}",
      thr="Text to the victim 'watch what happens when I see you in the caf' with a picture of a knife, repeated aloud in class.",
      facts=["watch what happens", "{SUBJ} class"]),
    T(id="CT7", g="credible_threat", key="shoot this place up", loc="{SCH}, room {ROOM}",
      text="From: {T}\nSubject: statement\n\n{S} came up to my desk after the bell and said, quietly, that {he} was going to 'shoot this place up before spring break' and that {he} already 'knows the doors.' {He} was not joking in tone. I reported it to {AP} within five minutes. {F}",
      thr="{S} told {T} {he} would 'shoot this place up before spring break' and that {he} 'knows the doors'.",
      facts=["before spring break", "knows the doors"]),
    T(id="CT8", g="credible_threat", key="pep rally", loc="{SCH} (Discord server)",
      text="A parent forwarded posts from a Discord server where the user '{TAG}' wrote that {he} would 'bring the AR' to {SCHS} on the day of the pep rally, and listed the exits. {AP} confirmed with {W} and a second student that '{TAG}' is {S}. {F}",
      thr="Posts by '{TAG}' (identified as {S}) saying {he} would 'bring the AR' to the pep rally, with a list of the building's exits.",
      facts=["{TAG}", "bring the AR", "listed the exits"]),
    # ---------------------------------------------------------------- deny: ground not permitted
    T(id="GN1", g="fight", dec="deny", reason="ground_not_permitted", loc="{SCH}, {LOC}",
      text="{S} and {V} got into a fistfight by the {LOC} at {TIME} over something said in a group chat. Both threw punches; {V} had a scraped elbow and {S} a bloody lip, both treated by the nurse with ice. No weapons. {T} and {SSS} separated them. {F}"),
    T(id="GN2", g="theft", dec="deny", reason="ground_not_permitted", loc="{SCH}, gym locker room", hours=(11, 12),
      text="{W}'s AirPods and a {JACKET} were taken from the gym locker room during 5th period. Hallway camera footage shows {S} leaving the locker room with a bulge under {his} hoodie, and the jacket was found later in {S}'s locker. {F}"),
    T(id="GN3", g="vandalism", dec="deny", reason="ground_not_permitted", loc="{SCH}, 3rd floor {BR} bathroom",
      text="{T} saw {S} spray-painting '{GRAF}' on the wall of the 3rd floor {BR} bathroom. The same tag is on two lockers. Cleanup is estimated at $600. {F}"),
    T(id="GN4", g="gang_activity", dec="deny", reason="ground_not_permitted", uses=3, loc="{SCH}",
      text="We want BPD to be aware that {S} appears to be recruiting younger students for {GANG}. {W} told {T} that {S} offered money to 'hold things' for {him}. {S} has been seen flashing hand signs staff associate with the group. {F}",
      own="gang"),
    T(id="GN5", g="truancy", dec="deny", reason="ground_not_permitted", loc="{PLACE}",
      text="{S} has 27 unexcused absences this year. {T} and the attendance officer have seen {him} during school hours at the {PLACE}. Home visits have not reached anyone. {F} We would like officers to bring {him} in when they see {him}."),
    T(id="GN6", g="immigration_check", dec="deny", reason="ground_not_permitted", loc="{SCH}, main office",
      text="{P} ({REL}) asked us for help because {S} has not been in school for a week; the family says {IMM} A staff member asked whether BPD can tell us anything about {S}'s situation before we re-enroll {him}. {F}",
      own="imm"),
    T(id="GN7", g="trespass", dec="deny", reason="ground_not_permitted", uses=1, loc="{SCH}, 2nd floor",
      text="A former student, {S}, came into the building through the {DOOR} door at {TIME} without signing in and walked the 2nd floor looking for {W}. {SSS} escorted {him} out. No weapon was seen. {F}"),
    T(id="GN8", g="suspicious_behavior", dec="deny", reason="ground_not_permitted", loc="{SCH}, exterior",
      text="{S} has been seen taking photos of the {DOOR} doors and the camera locations, and asked {T} what time the building is empty. No threat has been made. {F}"),
    T(id="GN9", g="harassment", dec="deny", reason="ground_not_permitted", loc="{SCH} (TikTok)",
      text="{S} has been posting memes about {V} on TikTok under the account '{TAG}', including edited photos. {V}'s mother asked the school to involve police. There have been no threats of violence. {F}"),
    T(id="GN10", g="intelligence", dec="deny", reason="ground_not_permitted", uses=1, loc="{SCH}, dismissal", hours=(14, 14),
      text="For BPD's information: students seen with {S} at dismissal this month include {W}, {W2} and three 9th graders. {F} No specific incident."),
    # ---------------------------------------------------------------- deny: excluded substances
    T(id="EX1", g="drugs", subs=["marijuana"], dec="deny", reason="excluded_substance", loc="{SCH}, lockers",
      text="{SSS} smelled marijuana near {S}'s locker and found a half-ounce bag of weed and a grinder inside. {S} said it was for {his} own use. {F}"),
    T(id="EX2", g="drugs", subs=["vape"], dec="deny", reason="excluded_substance", loc="{SCH}, {BR} bathroom",
      text="{T} took a vape pen from {S} in the {BR} bathroom at {TIME}. Unlabeled cartridge, contents unknown. {F}"),
    T(id="EX3", g="drugs", subs=["THC edibles"], dec="deny", reason="excluded_substance", loc="{SCH}, cafeteria", hours=(10, 12),
      text="{S} shared gummies from a package labeled 500mg THC with {W} and {W2} at lunch; {W} got sick and went home. {F}"),
    T(id="EX4", g="drugs", subs=["alcohol"], dec="deny", reason="excluded_substance", loc="{SCH}, winter dance", hours=(19, 19), wd=4, months=(12, 1, 2),
      text="At the winter dance {SSS} found a water bottle of vodka in {S}'s bag. {S} was visibly drunk and {P} picked {him} up at 8:15. {F}"),
    T(id="EX5", g="drugs", subs=["THC cartridges"], dec="deny", reason="excluded_substance", loc="{SCH}, {LOC}",
      text="{S} has been selling THC cartridges to other students for $25 each; {SSS} found 7 carts in the pocket of {his} {JACKET}. {F}"),
    T(id="EX6", g="drugs", subs=["nicotine pouches", "Juul pods"], dec="deny", reason="excluded_substance", loc="{SCH}, lockers",
      text="{S} has been selling Zyn nicotine pouches and Juul pods out of {his} locker; {AP} found 12 tins and 3 boxes of pods. {F}"),
    # ---------------------------------------------------------------- deny: recipient
    T(id="RC1", g="weapon", w="knife", dec="deny", reason="recipient_not_permitted", recip="bric", loc="{SCH}, {DOOR} entrance",
      text="{SSS} took a 6-inch fixed-blade knife from {S}'s waistband at the {DOOR} entrance at {TIME}. {F} Sending to the intelligence unit for their files."),
    T(id="RC2", g="drugs", subs=["fentanyl"], dec="deny", reason="recipient_not_permitted", recip="ice/ero-boston", loc="{SCH}",
      text="{SSS} found 9 bags of fentanyl in {S}'s {JACKET}. {IMMC} {F}", own="imm"),
    T(id="RC3", g="credible_threat", dec="deny", reason="recipient_not_permitted", recip="commonwealth-fusion-center", loc="{SCH} (online)",
      text="The account '{TAG}', which is {S}'s, posted 'no school friday or else' with a picture of a rifle. {F}",
      thr="Online post by {S}'s account threatening the school on Friday with a rifle picture."),
    T(id="RC4", g="weapon", w="firearm", dec="deny", reason="recipient_not_permitted", recip="dhs/hsi-boston", uses=1, loc="{SCH}, {LOC}",
      text="A loaded handgun was found in {S}'s backpack in the {LOC} at {TIME}. {F}"),
    T(id="RC5", g="weapon", w="pepper spray", dec="deny", reason="recipient_not_permitted", recip="allied-universal-security", loc="{SCH}, after-school program", hours=(15, 17),
      text="During the after-school program {S} sprayed pepper spray at {V} in the gym. {F} Please forward to the site security contractor."),
    # ---------------------------------------------------------------- deny: missing threat statement
    T(id="MT1", g="credible_threat", dec="deny", reason="missing_threat_statement", loc="{SCH}, hallway",
      text="After their argument {S} told {W} in the hallway, 'watch, Friday, you'll see what I got.' {F}"),
    T(id="MT2", g="credible_threat", dec="deny", reason="missing_threat_statement", loc="{SCH} (online)",
      text="A post from '{TAG}' said '{SCHS} gonna be on the news monday'. {W} says the account is {S}'s. {F}"),
    T(id="MT3", g="credible_threat", dec="deny", reason="missing_threat_statement", loc="{SCH}, room {ROOM}",
      text="{T} found a drawing in {S}'s notebook of a stick figure holding a gun over the word '{VF}'. {S} said it is 'just a drawing.' {F}"),
    # ---------------------------------------------------------------- deny: face surveillance
    T(id="FS1", g="weapon", w="knife", dec="deny", reason="face_surveillance", loc="MBTA stop near {SCH}",
      text="A man with a knife at the bus stop near the school at {TIME} was identified as {S} after {FACE}. {F}",
      att=[{"kind": "face_match", "name": "facematch_{ID}.json"}], own="face1"),
    T(id="FS2", g="credible_threat", dec="deny", reason="face_surveillance", loc="{SCH} (video)",
      text="A masked student threatened {T} in a video. {FACE} {W} thinks it is {S}. {F}",
      thr="The student in the video said he would 'come back with something' for {T}.",
      att=[{"kind": "photo", "name": "yearbook_grade11.zip"}], own="face2"),
    T(id="FS3", g="drugs", subs=["cocaine"], dec="deny", reason="face_surveillance", uses=1, style="sis", loc="{SCH}, back lot",
      text="INCIDENT {INC}\nType: Drugs - cocaine sale\nIdentified by: {FACE}\nStudent: {SN}\n{F}\nReporter: {AP}",
      att=[{"kind": "face_match", "name": "facefirst_{ID}.pdf"}], own="face3"),
    # ---------------------------------------------------------------- deny: replica / BB / airsoft
    T(id="OT1", g="weapon", w="BB gun", dec="deny", reason="other", loc="{SCH}, {LOC}",
      text="{SSS} recovered a black BB pistol that looks like a Glock from {S}'s backpack in the {LOC} after {W} said {S} was showing it around. {F}"),
    T(id="OT2", g="weapon", w="airsoft rifle", dec="deny", reason="other", uses=1, loc="{SCH}, back lot",
      text="{S} was seen in the back lot with an airsoft rifle with the orange tip painted black. {T} told {him} to put it away and {SSS} took it. {F}"),
]

OWN = {
    "gang": [("the Florence Street Boys", ["Florence Street Boys"]), ("the Wendover crew", ["Wendover"]),
             ("Castlegate", ["Castlegate"]), ("the Greenwood Street Boys (GSB)", ["Greenwood Street Boys", "GSB"])],
    "imm": [("they have no papers and are afraid to come in.", ["no papers"]),
            ("{his} father's visa ran out in January and they are afraid.", ["visa ran out"]),
            ("{his} father was picked up by ICE last week.", ["picked up by ICE"]),
            ("they crossed the border last spring and have not filed anything.", ["crossed the border"])],
    "face1": [("a still from the camera was run through face recognition (match score 0.91)", ["match score 0.91"])],
    "face2": [("We attach yearbook photos of every 11th grader so BPD can run them through face matching against the video.", ["face matching against the video"])],
    "face3": [("FaceFirst match from district camera, 87 percent", ["FaceFirst", "87 percent"])],
}

# --------------------------------------------------------------------------------------------

def school_days():
    d, out = dt.date(2025, 9, 8), []
    while d <= dt.date(2026, 6, 12):
        if d.weekday() < 5 and not (dt.date(2025, 12, 22) <= d <= dt.date(2026, 1, 2)) \
                and not (dt.date(2026, 2, 16) <= d <= dt.date(2026, 2, 20)) \
                and not (dt.date(2026, 4, 20) <= d <= dt.date(2026, 4, 24)):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


DAYS = school_days()


def offset(d):
    return "-04:00" if d < dt.date(2025, 11, 2) or d >= dt.date(2026, 3, 8) else "-05:00"


def fmt_time(h, m):
    ap = "AM" if h < 12 else "PM"
    hh = h if h <= 12 else h - 12
    return "%d:%02d %s" % (hh, m, ap)


def dob_for(grade):
    # school year 2025-26: grade g is usually born Sep (2010 + 9 - g) .. Aug (2011 + 9 - g)
    y0 = 2010 + (9 - grade)
    start = dt.date(y0, 9, 1)
    if R.random() < 0.1:                       # held back a year at some point: older
        start -= dt.timedelta(days=R.randrange(60, 300))
    return (start + dt.timedelta(days=R.randrange(0, 365))).isoformat()


def pron(g):
    return dict(he="he", his="his", him="him", He="He", His="His") if g == "m" else \
        dict(he="she", his="her", him="her", He="She", His="Her")


used_names = set()


def new_name(lookalike_kind):
    for _ in range(500):
        g = R.choice("mf")
        if lookalike_kind == "first":
            first = R.choice(LA_FIRST_M if g == "m" else LA_FIRST_F)
            last = R.choice(ORD_LAST)
        elif lookalike_kind == "last":
            first = R.choice(ORD_FIRST_M if g == "m" else ORD_FIRST_F)
            last = R.choice(LA_LAST)
        else:
            first = R.choice(LA_FIRST_M if g == "m" else LA_FIRST_F)
            last = R.choice(LA_LAST)
        if first == last or (first, last) in used_names:
            continue
        used_names.add((first, last))
        return first, last, g
    raise RuntimeError("names")


def person_initial(pool_first):
    return "%s %s." % (R.choice(pool_first), R.choice("ABCDEFGHJKLMNPRSTVW"))


# usage counters so no forbidden phrasing is repeated more than a few times
pool_used, ent_used, self_used, struct_used, sis_used = {}, set(), set(), {}, {}


def fill(text, ctx):
    return text.format_map(ctx)


def clean_text(s):
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r" +\n", "\n", s)
    s = re.sub(r"\n +", "\n", s)
    s = re.sub(r"(\b[A-Z]\.)\.", r"\1", s)     # 'Guadalupe V..' -> 'Guadalupe V.'
    return s.strip()


def fill_text(text, ctx):
    if not ctx.get("F"):
        text = text.replace("\n{F}\n", "\n")
    return clean_text(fill(text, ctx))


def build(tpl, mode, idx):
    cid = "%s-%04d" % (PREFIX, idx)
    for attempt in range(400):
        res = try_build(tpl, mode, cid, attempt)
        if res:
            return res
    raise RuntimeError("could not build %s %s" % (tpl["id"], mode))


def pick_pool(pool, used, limit, ok):
    cands = [i for i in range(len(pool)) if used.get(i, 0) < limit and ok(pool[i])]
    if not cands:
        return None
    return R.choice(cands)


def try_build(tpl, mode, cid, attempt):
    # ------------------------------------------------------------ student
    selfrec = None
    if mode == "self":
        cands = [i for i in range(len(SELF_STUDENTS)) if i not in self_used]
        if not cands:
            return None
        si = R.choice(cands)
        selfrec = SELF_STUDENTS[si]
        first, last, g = selfrec[0], selfrec[1], selfrec[2]
    else:
        first, last, g = new_name(R.choice(["first", "first", "last", "both"]))
    sch = R.choice(SCHOOLS)
    grade = R.choice([6, 7, 8]) if sch[3] == "k8" else R.choice([9, 9, 10, 10, 11, 12])
    if tpl["id"] in ("GN7",):
        grade = 12
    sn = "%s %s" % (first, last)
    p = pron(g)
    vg = R.choice("mf")
    vp = pron(vg)
    days = [x for x in DAYS if tpl.get("wd") is None or x.weekday() == tpl["wd"]]
    if tpl.get("months"):
        days = [x for x in days if x.month in tpl["months"]]
    d = R.choice(days)
    hd = DAYS[min(DAYS.index(d) + R.randint(2, 5), len(DAYS) - 1)]
    if hd == d:
        hd = d + dt.timedelta(days=3)
    h0, h1 = tpl["hours"]
    h = R.randint(h0, h1)
    m = R.choice(range(0, 60, 1))
    if h == 14 and tpl["hours"] == (14, 14):
        m = R.randint(5, 30)
    t1, t2, t3 = R.sample([x for x in STAFF if x[1] not in (first, last)], 3)
    ap = R.choice(["AP %s" % t3[1], "%s %s (AP)" % (t3[0], t3[1]), "Assistant Principal %s" % t3[1]])
    sss1, sss2 = R.sample([x for x in SSS_NAMES if x not in (first, last)], 2)
    rel = R.choice(["mother", "father", "grandmother", "aunt", "guardian"])
    parent = R.choice(PARENTS_M if rel == "father" else PARENTS_F)
    if rel == "grandmother":
        parent = R.choice(GRANDMOTHERS)
    vfirst = R.choice([x for x in (LA_FIRST_M if vg == "m" else LA_FIRST_F) if x != first])
    v = R.choice(["%s %s." % (vfirst, R.choice("ABCDEFGHJKLMNPRSTVW")),
                  "%s %s." % (vfirst, R.choice("ABCDEFGHJKLMNPRSTVW")),
                  "%s.%s." % (R.choice("ABCDEFGHJKLMNPRSTVW"), R.choice("ABCDEFGHJKLMNPRSTVW"))])
    others = [x for x in LA_FIRST_F + LA_FIRST_M if x not in (first, vfirst)]
    w1 = person_initial(others)
    w2 = person_initial([x for x in others if x != w1.split()[0]])
    brand = R.choice(BRANDS + CHAINS)
    jacket = R.choice([b for b in BRANDS])
    subj = R.choice(SUBJ_LANG + SUBJ_OTHER)
    ctx = dict(p)
    ctx.update(
        S=first, SN=sn, V=v, VF=vfirst, vhe=vp["he"], vhis=vp["his"], vhim=vp["him"],
        W=w1, W2=w2, T="%s %s" % (t1[0], t1[1]), Tpr=t1[2], T2="%s %s" % (t2[0], t2[1]),
        AP=ap, SSS="SSS %s" % sss1, SSS2="SSS %s" % sss2, P=parent, REL=rel, GM=R.choice(GRANDMOTHERS),
        SCH=sch[0], SCHS=sch[1], TIME=fmt_time(h, m), DATE=d.strftime("%B %-d"),
        HDATE=hd.strftime("%B %-d"),
        ROOM=str(R.choice([1, 2, 3]) * 100 + R.randint(1, 30)), DOOR=R.choice(DOORS), LOC=R.choice(LOCS),
        BR="boys'" if g == "m" else "girls'", BRAND=brand[0], BRANDK=brand[1], JACKET=jacket[0],
        JACKETK=jacket[1], TAG=R.choice(GAMER_TAGS), STAMP=R.choice(STAMPS), PLACE=R.choice(PLACES),
        SUBJ=subj, SUBJ2=R.choice(["chemistry", "biology", "physics"]),
        INC="%02d-%04d" % (25 if d.year == 2025 else 26, R.randint(100, 2400)), ITEM="#%d" % R.randint(11, 98),
        BUS="route %d" % R.randint(3, 60), GRAF=R.choice(["DAKOTA 617", "KENYA", "CHAD WAS HERE", "ZION", "PARIS", "EGYPT"]),
        ID=cid, F="", GANG="", IMM="", IMMC="", FACE="",
        VBR="boys'" if vg == "m" else "girls'")
    if ctx["BR"] == "boys'":
        pass
    # ------------------------------------------------------------ forbidden pieces
    pieces = []   # (text, canaries, categories, keep_name)
    student_extra = {}
    cats = set()
    canaries = []
    own_txt = {}
    if tpl.get("own"):
        opts = OWN[tpl["own"]]
        txt, cans = R.choice(opts)
        own_txt["text"] = txt
        if tpl["own"] == "gang":
            ctx["GANG"] = txt
            cats.add("gang_affiliation")
        elif tpl["own"] == "imm":
            ctx["IMM"] = fill(txt, ctx)
            ctx["IMMC"] = ctx["IMM"][:1].upper() + ctx["IMM"][1:]
            cats.add("immigration_status")
        else:
            ctx["FACE"] = txt
            cats.add("face_surveillance")
        canaries += cans
    sis = tpl["style"] == "sis"
    chosen = {}
    if mode in ("text1", "text2"):
        n = 1 if mode == "text1" else 2
        for _ in range(n):
            if sis:
                i = pick_pool(SIS_POOL, sis_used, 2, lambda x: True)
                if i is None or ("sis", i) in chosen:
                    return None
                chosen[("sis", i)] = 1
                c, txt, cans = SIS_POOL[i]
                pieces.append((txt, cans, [c], None))
            else:
                i = pick_pool(POOL, pool_used, 2, lambda x: True)
                if i is None or ("pool", i) in chosen:
                    return None
                c, txt, cans = POOL[i]
                if pieces and pieces[0][2] == [c]:
                    return None
                chosen[("pool", i)] = 1
                pieces.append((fill(txt, ctx), cans, [c], None))
    elif mode == "entangled":
        cands = [i for i in range(len(ENTANGLED)) if i not in ent_used]
        if not cands:
            return None
        i = R.choice(cands)
        chosen[("ent", i)] = 1
        c, txt, cans, keep = ENTANGLED[i]
        if set(keep.split()) & {first, last}:
            return None
        pieces.append((fill(txt, ctx), cans, [c], keep))
        if R.random() < 0.35 and not sis:
            j = pick_pool(POOL, pool_used, 2, lambda x: x[0] != c)
            if j is None:
                return None
            chosen[("pool", j)] = 1
            c2, t2_, cans2 = POOL[j]
            pieces.append((fill(t2_, ctx), cans2, [c2], None))
    elif mode == "self":
        c, txt, cans = selfrec[3], selfrec[4], selfrec[5]
        cl = [c] + list(selfrec[6:7])
        pieces.append((fill(txt, ctx), cans, cl, None))
    elif mode == "struct":
        k = R.choice([1, 2, 2, 3])
        keys = set()
        for _ in range(k):
            i = pick_pool(STRUCT, struct_used, 2, lambda x: x[0] not in keys)
            if i is None:
                return None
            key, val, c, cans = STRUCT[i]
            keys.add(key)
            chosen[("struct", i)] = 1
            if isinstance(val, dict):
                val = json.loads(json.dumps(val).replace("{GUARD}", parent).replace("{NN}", "%02d" % R.randint(10, 99)))
            student_extra[key] = val
            canaries += cans
            for cc in (c if isinstance(c, list) else [c]):
                cats.add(cc)
        if R.random() < 0.3 and not sis:
            j = pick_pool(POOL, pool_used, 2, lambda x: True)
            if j is None:
                return None
            chosen[("pool", j)] = 1
            c2, t2_, cans2 = POOL[j]
            pieces.append((fill(t2_, ctx), cans2, [c2], None))
    # ------------------------------------------------------------ assemble text
    if sis:
        ftxt = "\n".join(pc[0] for pc in pieces)
    else:
        ftxt = " ".join(pc[0] for pc in pieces)
    # credible threats: sometimes the forbidden sentence rides in the threat statement instead
    thr_forbidden = ""
    if tpl.get("thr") and pieces and not sis and R.random() < 0.25 and mode != "entangled":
        thr_forbidden, ftxt = ftxt, ""
    base_ctx = dict(ctx)
    ctx2 = dict(ctx)
    ctx2["F"] = ftxt
    desc = fill_text(tpl["text"], ctx2)
    base_desc = fill_text(tpl["text"], dict(base_ctx, F="", GANG="", IMM="", IMMC="", FACE=""))
    location = fill(tpl["loc"], ctx)
    thr = None
    base_thr = ""
    if tpl.get("thr"):
        base_thr = fill(tpl["thr"], ctx)
        thr = (base_thr + " " + thr_forbidden).strip()
    for pc in pieces:
        canaries += pc[1]
        cats.update(pc[2])
    # ------------------------------------------------------------ student record
    student = {"student_id": str(R.randint(100000, 999999)), "name": sn}
    if R.random() < 0.2:
        student["age"] = 2026 - int(dob_for(grade)[:4]) - (1 if R.random() < 0.5 else 0)
    else:
        student["date_of_birth"] = dob_for(grade)
    student["grade"] = grade
    student["school"] = sch[0]
    harmless = {}
    if R.random() < 0.45:
        harmless["homeroom"] = ctx["ROOM"]
    if R.random() < 0.3:
        harmless["advisor"] = ctx["T2"]
    if R.random() < 0.25:
        harmless["sis_source"] = R.choice(["Aspen", "Aspen SIS export", "SIS nightly extract"])
    if R.random() < 0.25 and "guardian" not in student_extra:
        harmless["guardian"] = {"name": parent, "relationship": rel, "phone": "617-555-01%02d" % R.randint(10, 99)}
    items = list(harmless.items()) + list(student_extra.items())
    R.shuffle(items)
    for k_, v_ in items:
        student[k_] = v_
    # ------------------------------------------------------------ request
    req = {"request_id": cid, "school_id": SCHOOL_ID[sch[0]]}
    if tpl.get("recip"):
        req["recipient"] = tpl["recip"]
    else:
        req["recipient"] = R.choice(["bpd", "bpd/district-%s" % sch[2], "bpd/district-%s" % sch[2]])
    req["ground"] = tpl["g"]
    if tpl.get("subs"):
        req["substances"] = list(tpl["subs"])
    if tpl.get("w"):
        req["weapon"] = tpl["w"]
    if thr is not None and tpl.get("reason") != "missing_threat_statement":
        req["threat_statement"] = thr
    req["incident"] = {"occurred_at": "%sT%02d:%02d:00%s" % (d.isoformat(), h, m, offset(d)),
                       "location": location, "description": desc}
    req["student"] = student
    att = []
    if tpl.get("att"):
        att = [{k_: fill(v_, ctx) for k_, v_ in a.items()} for a in tpl["att"]]
    elif R.random() < 0.25:
        att = [{"kind": "document", "name": R.choice(["incident_report_%s.pdf" % ctx["INC"], "sss_statement.pdf",
                                                      "witness_statement_%s.pdf" % w1.split()[0].lower()])}]
    if att:
        req["attachments"] = att
    # ------------------------------------------------------------ expectations & checks
    canaries = list(dict.fromkeys(canaries))
    kept = fold(" ".join(str(student.get(k_, "")) for k_ in ("student_id", "name", "date_of_birth", "grade", "school"))
                + " " + req["school_id"] + " " + req["recipient"])
    whole = fold(json.dumps(req, ensure_ascii=False))
    legit = fold(" ".join([base_desc, location, base_thr, str(req.get("weapon", "")),
                           " ".join(req.get("substances", [])), req["ground"], kept,
                           " ".join(str(v_) for v_ in harmless.values())]))
    for c in canaries:
        fc = fold(c)
        if len(fc) < 3 or fc not in whole or fc in kept or fc in legit:
            return None
    facts, keep_la = [], None
    must_contain, must_text = [], []
    if tpl["dec"] == "allow":
        key = fill(tpl["key"], ctx)
        if fold(key) not in fold(desc):
            raise RuntimeError("key %s not in %s" % (key, tpl["id"]))
        must_contain = [sn, sch[0], key]
        tfacts = [fill(f, ctx) for f in tpl["facts"]]
        if "{SUBJ}" in " ".join(tpl["facts"]) and subj not in SUBJ_LANG:
            tfacts = [f for f, raw in zip(tfacts, tpl["facts"]) if "{SUBJ}" not in raw]
        tfacts = [f for f in tfacts if fold(f) in fold(base_desc)]
        # look-alike names that a correct redactor keeps
        ent_keep = [pc[3] for pc in pieces if pc[3]]
        people = [ctx["W"], ctx["T"], ctx["AP"], ctx["SSS"], ctx["P"], ctx["GM"]]
        if " " in ctx["V"]:
            people.append(ctx["V"])
        la_cands = [x for x in dict.fromkeys(people + [ctx["TAG"], ctx["BRANDK"], ctx["JACKETK"],
                                                        "stamped '%s'" % ctx["STAMP"], ctx["PLACE"]])
                    if fold(x) in fold(base_desc)]
        # prefer the template's own look-alike facts, then an entangled name, then any look-alike
        la_in_facts = [f for f in tfacts if any(fold(f) == fold(x) for x in la_cands)]
        plain = [f for f in tfacts if f not in la_in_facts]
        if ent_keep:
            must_text = plain[:1] + la_in_facts[:1] + ent_keep[:1]
        elif la_in_facts:
            must_text = plain[:2] + la_in_facts[:1]
        else:
            extra = [x for x in la_cands if x not in tfacts]
            must_text = plain[:2] + (extra[:1] if extra else [])
        must_text = [x for x in dict.fromkeys(must_text)][:3]
        if not must_text:
            must_text = plain[:1]
        for f in must_text + must_contain:
            if fold(f) not in fold(desc) and f not in (sn, sch[0]):
                return None
            for c in canaries:
                if fold(c) in fold(f) or fold(f) in fold(c):
                    return None
    # commit usage
    for k_ in chosen:
        kind, i = k_
        if kind == "pool":
            pool_used[i] = pool_used.get(i, 0) + 1
        elif kind == "sis":
            sis_used[i] = sis_used.get(i, 0) + 1
        elif kind == "ent":
            ent_used.add(i)
        elif kind == "struct":
            struct_used[i] = struct_used.get(i, 0) + 1
    if selfrec:
        self_used.add(SELF_STUDENTS.index(selfrec))
    fam = "precision_only" if not cats else ("forbidden_builtin" if mode == "clean" else "forbidden_" + mode.rstrip("12"))
    tags = [TAG, fam,
            "allow" if tpl["dec"] == "allow" else "deny_" + tpl["reason"], "tpl_" + tpl["id"].lower()]
    if mode == "text2":
        tags.append("two_facts")
    expect = {"decision": tpl["dec"]}
    if tpl["dec"] == "deny":
        expect["reason"] = tpl["reason"]
    expect.update({"must_not_contain": canaries, "must_contain": must_contain, "must_contain_text": must_text,
                   "categories": sorted(cats), "tags": tags})
    return {"id": cid, "request": req, "expect": expect}


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    plan = []
    for tpl in TEMPLATES:
        plan += [tpl] * tpl["uses"]
    assert len(plan) == N_CASES, len(plan)
    R.shuffle(plan)
    # modes: about 40% precision-only; the rest carry forbidden facts in several shapes
    forced = [t for t in plan if t.get("own")]
    free = [t for t in plan if not t.get("own")]
    modes = (["clean"] * 60 + ["text1"] * 24 + ["text2"] * 10 + ["entangled"] * 22 + ["self"] * 18
             + ["struct"] * 16)
    assert len(modes) == N_CASES
    R.shuffle(modes)
    assigned = []
    mi = list(modes)
    for t in plan:
        if t.get("own") and "clean" in mi and t["own"].startswith("face"):
            m = "clean"          # a face-match request is forbidden by itself
        elif t.get("own"):
            m = next((x for x in mi if x != "clean"), mi[0])
        elif t["style"] == "sis":
            m = next((x for x in mi if x in ("clean", "text1", "text2", "self", "struct")), mi[0])
        else:
            m = mi[0]
        mi.remove(m)
        assigned.append((t, m))
    cases = [build(t, m, i + 1) for i, (t, m) in enumerate(assigned)]
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    dec = {}
    for c in cases:
        k_ = c["expect"]["decision"] + ("/" + c["expect"].get("reason", "") if c["expect"]["decision"] == "deny" else "")
        dec[k_] = dec.get(k_, 0) + 1
    prec = sum(1 for c in cases if not c["expect"]["categories"])
    print("wrote %d cases to %s" % (len(cases), out))
    print("precision-only %d, with forbidden facts %d" % (prec, len(cases) - prec))
    for k_ in sorted(dec):
        print("  %-40s %d" % (k_, dec[k_]))


if __name__ == "__main__":
    main()
