"""Generate tests/data/corpus/sweep.jsonl: a seeded breadth sweep of the redaction lexicons.

The public corpus's sentence templates ("The student is Dominican.", "She was born in Guatemala.",
"He speaks Spanish at home.", "The student lives in Hyde Park.", "Staff believe he is a member of the
Castlegate gang.") and its structured fields, with the VALUES swept over wide lists: countries and
their demonyms, languages, faiths, every Boston neighbourhood and village, streets, zip codes, nearby
cities, race and ethnicity values, immigration statuses, gang names and English-learner values.

Every case is an ALLOWED weapon or drugs report, so utility is checked too: the student's name (some
of them are also place or faith words: Jordan, Christian, Asia), the school and the weapon or drug
must survive. Labels follow /work/shared/domain/RULES.md section 4. must_not_contain holds forbidden
VALUES only; a value that the clean response already contains (the redisclosure notice, the school,
the name) is never listed.

usage: python -m tests.corpus.make_sweep [--seed 11] [--n 480] [--out tests/data/corpus/sweep.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

FIRST = ["Aaron", "Bella", "Caleb", "Dana", "Elijah", "Fiona", "Gavin", "Hannah", "Isaac", "Jada", "Kofi", "Lena",
         "Marcus", "Nadia", "Owen", "Priya", "Quentin", "Rosa", "Samuel", "Tessa", "Victor", "Wendy", "Zane"]
# First names that are also places or faith words: as names they must survive.
COLLIDING_FIRST = ["Jordan", "Georgia", "India", "Chad", "Asia", "Christian", "Israel", "Victoria", "Dakota",
                   "Paris", "Lima", "Salem", "Jersey", "Sudan", "Trinity", "Eden"]
LAST = ["Abernathy", "Blackwood", "Carrington", "Delacroix", "Ellsworth", "Fairweather", "Greenleaf", "Hollister",
        "Kingsley", "Lockhart", "Merriweather", "Northcott", "Pendleton", "Radcliffe", "Stanhope", "Thornbury",
        "Underhill", "Whitaker", "Salem", "Lima", "Israel", "Paris"]
SCHOOLS = ["Boston Latin Academy", "Madison Park Technical Vocational High School", "East Boston High School",
           "Brighton High School", "Charlestown High School", "Dorchester Academy", "Excel High School",
           "Burke High School", "New Mission High School", "Boston Arts Academy", "Mission Hill K-8 School",
           "Hyde Park Academy", "West Roxbury Academy", "South Boston Education Complex", "Roxbury Prep",
           "Jamaica Plain Community Center", "Boston International Newcomers Academy"]

# (request weapon, description phrase, word that must survive)
WEAPONS = [("firearm", "a loaded handgun", "handgun"), ("knife", "a folding knife", "knife"),
           ("brass knuckles", "brass knuckles", "knuckles"), ("pistol", "a pistol", "pistol"),
           ("revolver", "a revolver", "revolver"), ("knife", "a box of kitchen knives and a knife", "knife"),
           ("box cutter", "a box cutter", "box cutter"), ("switchblade", "a switchblade knife", "switchblade")]
DRUGS = ["cocaine", "fentanyl", "oxycodone", "heroin", "methamphetamine", "MDMA", "Xanax", "LSD", "crack cocaine"]

COUNTRIES: dict[str, list[str]] = {
    # country: demonyms (the first is the usual one)
    "Cape Verde": ["Cape Verdean"], "Cabo Verde": ["Cabo Verdean"], "Dominican Republic": ["Dominican"],
    "El Salvador": ["Salvadoran", "Salvadorean"], "Haiti": ["Haitian"], "Jamaica": ["Jamaican"],
    "Trinidad and Tobago": ["Trinidadian", "Tobagonian"], "Barbados": ["Barbadian", "Bajan"],
    "Nigeria": ["Nigerian"], "Ghana": ["Ghanaian"], "Ethiopia": ["Ethiopian"], "Eritrea": ["Eritrean"],
    "Somalia": ["Somali"], "Sudan": ["Sudanese"], "South Sudan": ["South Sudanese"], "Kenya": ["Kenyan"],
    "Uganda": ["Ugandan"], "Morocco": ["Moroccan"], "Egypt": ["Egyptian"], "Syria": ["Syrian"], "Iraq": ["Iraqi"],
    "Afghanistan": ["Afghan"], "Pakistan": ["Pakistani"], "Bangladesh": ["Bangladeshi"], "Nepal": ["Nepali"],
    "Bhutan": ["Bhutanese"], "Myanmar": ["Burmese"], "Burma": ["Burmese"], "Vietnam": ["Vietnamese"],
    "Cambodia": ["Cambodian"], "Laos": ["Laotian"], "China": ["Chinese"], "Hong Kong": ["Hongkonger"],
    "Taiwan": ["Taiwanese"], "Korea": ["Korean"], "South Korea": ["South Korean"], "Philippines": ["Filipino"],
    "India": ["Indian"], "Albania": ["Albanian"], "Bosnia": ["Bosnian"], "Ukraine": ["Ukrainian"],
    "Russia": ["Russian"], "Poland": ["Polish"], "Ireland": ["Irish"], "Portugal": ["Portuguese"],
    "Brazil": ["Brazilian"], "Colombia": ["Colombian"], "Venezuela": ["Venezuelan"], "Ecuador": ["Ecuadorian"],
    "Peru": ["Peruvian"], "Mexico": ["Mexican"], "Guatemala": ["Guatemalan"], "Honduras": ["Honduran"],
    "Nicaragua": ["Nicaraguan"], "Cuba": ["Cuban"], "Puerto Rico": ["Puerto Rican", "Boricua"],
    "Costa Rica": ["Costa Rican"], "Panama": ["Panamanian"], "Chile": ["Chilean"], "Argentina": ["Argentine"],
    "Bolivia": ["Bolivian"], "Paraguay": ["Paraguayan"], "Uruguay": ["Uruguayan"], "Guyana": ["Guyanese"],
    "Belize": ["Belizean"], "Grenada": ["Grenadian"], "Saint Lucia": ["Saint Lucian"], "Dominica": ["Dominican"],
    "Antigua": ["Antiguan"], "Bahamas": ["Bahamian"], "Montserrat": ["Montserratian"],
    "Senegal": ["Senegalese"], "Guinea": ["Guinean"], "Sierra Leone": ["Sierra Leonean"], "Liberia": ["Liberian"],
    "Ivory Coast": ["Ivorian"], "Cameroon": ["Cameroonian"], "Congo": ["Congolese"], "Rwanda": ["Rwandan"],
    "Burundi": ["Burundian"], "Tanzania": ["Tanzanian"], "Zimbabwe": ["Zimbabwean"],
    "South Africa": ["South African"], "Angola": ["Angolan"], "Mozambique": ["Mozambican"],
    "Algeria": ["Algerian"], "Tunisia": ["Tunisian"], "Libya": ["Libyan"], "Yemen": ["Yemeni"],
    "Lebanon": ["Lebanese"], "Jordan": ["Jordanian"], "Palestine": ["Palestinian"], "Israel": ["Israeli"],
    "Iran": ["Iranian", "Persian"], "Turkey": ["Turkish"], "Saudi Arabia": ["Saudi"], "Kuwait": ["Kuwaiti"],
    "Armenia": ["Armenian"], "Georgia": ["Georgian"], "Azerbaijan": ["Azerbaijani"], "Uzbekistan": ["Uzbek"],
    "Kazakhstan": ["Kazakh"], "Tibet": ["Tibetan"], "Mongolia": ["Mongolian"], "Japan": ["Japanese"],
    "Thailand": ["Thai"], "Malaysia": ["Malaysian"], "Indonesia": ["Indonesian"], "Sri Lanka": ["Sri Lankan"],
    "Greece": ["Greek"], "Italy": ["Italian"], "Spain": ["Spanish"], "France": ["French"], "Germany": ["German"],
    "Romania": ["Romanian"], "Moldova": ["Moldovan"], "Belarus": ["Belarusian"], "Lithuania": ["Lithuanian"],
    "Serbia": ["Serbian"], "Croatia": ["Croatian"], "Kosovo": ["Kosovar"], "Macedonia": ["Macedonian"],
    "Chad": ["Chadian"], "Mali": ["Malian"], "Niger": ["Nigerien"], "Togo": ["Togolese"], "Benin": ["Beninese"],
    "Saint Vincent": ["Vincentian"], "Saint Kitts": ["Kittitian"], "Guadeloupe": ["Guadeloupean"],
    "Martinique": ["Martinican"], "Aruba": ["Aruban"], "Curacao": ["Curacaoan"], "Suriname": ["Surinamese"],
    "Bermuda": ["Bermudian"], "Azores": ["Azorean"], "Canada": ["Canadian"], "England": ["English"],
    "Scotland": ["Scottish"], "Netherlands": ["Dutch"], "Czech Republic": ["Czech"], "Hungary": ["Hungarian"],
    "Bulgaria": ["Bulgarian"], "Chechnya": ["Chechen"], "Tajikistan": ["Tajik"], "Qatar": ["Qatari"],
    "Singapore": ["Singaporean"], "Fiji": ["Fijian"], "Samoa": ["Samoan"], "Tonga": ["Tongan"],
    "Gambia": ["Gambian"], "Burkina Faso": ["Burkinabe"], "Zambia": ["Zambian"], "Malawi": ["Malawian"],
    "Madagascar": ["Malagasy"], "Mauritania": ["Mauritanian"], "Democratic Republic of the Congo": ["Congolese"],
    "Kurdistan": ["Kurdish", "Kurd"], "Gaza": ["Palestinian"], "Macau": ["Macanese"],
    "Santo Domingo": ["Dominican"], "Port-au-Prince": ["Haitian"], "Praia": ["Cape Verdean"],
    "Mogadishu": ["Somali"], "Medellin": ["Colombian"], "San Salvador": ["Salvadoran"], "Havana": ["Cuban"],
    "Tegucigalpa": ["Honduran"], "Kabul": ["Afghan"], "Saigon": ["Vietnamese"], "Taishan": ["Chinese"],
}
PEOPLES = ["Hmong", "Karen", "Rohingya", "Tamil", "Punjabi", "Gujarati", "Pashtun", "Hazara", "Uyghur", "Oromo",
           "Amhara", "Tigrayan", "Somali Bantu", "Maya", "Mayan", "Garifuna", "Taino", "Aymara", "Miskito",
           "Berber", "Amazigh", "Arab American", "Chaldean", "Assyrian", "Druze", "Roma", "Romani", "Sephardic",
           "Ashkenazi", "Creole", "Afro-Brazilian", "Chicano", "Chicana", "Latine", "Nuyorican", "Han Chinese",
           "Vietnamese American", "Chinese American", "Filipino American", "Pinoy", "Desi", "Indo-Caribbean",
           "Indo-Guyanese", "Cherokee", "Navajo", "Wampanoag", "Lakota", "Mi'kmaq", "Apache", "Irish American",
           "Italian American", "Cape Verdean American", "Haitian American", "Dominican American", "Yoruba", "Igbo",
           "Akan", "Ashanti", "Fulani", "Wolof", "Tutsi", "Hutu", "Kikuyu", "Luo", "Zulu", "Kriolu"]
LANGUAGES = ["Haitian Creole", "Cape Verdean Creole", "Kriolu", "Portuguese", "Spanish", "Cantonese", "Mandarin",
             "Toisanese", "Vietnamese", "Khmer", "Somali", "Amharic", "Tigrinya", "Arabic", "Urdu", "Bengali", "Nepali",
             "Hindi", "Tagalog", "Russian", "Ukrainian", "Polish", "Albanian", "French", "Swahili", "Yoruba", "Igbo",
             "Twi", "K'iche'", "Quechua", "ASL", "American Sign Language", "Punjabi", "Gujarati", "Tamil", "Telugu",
             "Pashto", "Dari", "Farsi", "Kurdish", "Turkish", "Hebrew", "Greek", "Italian", "German", "Japanese",
             "Korean", "Thai", "Lao", "Hmong", "Burmese", "Karen", "Dzongkha", "Oromo", "Wolof", "Fula", "Lingala",
             "Kinyarwanda", "Kirundi", "Mam", "Garifuna", "Papiamento", "Jamaican Patois", "Krio", "Hausa",
             "Romanian", "Serbo-Croatian", "Bosnian", "Armenian", "Mongolian", "Chinese",
             "Crioulo", "Kreyol", "Creole", "Patois", "Fuzhounese", "Hakka", "Teochew", "Hokkien", "Taishanese",
             "Cham", "Ilocano", "Cebuano", "Malayalam", "Marathi", "Sinhala", "Malay", "Indonesian", "Uzbek",
             "Chechen", "Georgian", "Lithuanian", "Czech", "Hungarian", "Bulgarian", "Serbian", "Croatian", "Dutch",
             "Swedish", "Irish Gaelic", "Yiddish", "Ladino", "Aramaic", "Tamazight", "Afaan Oromo", "Maay Maay",
             "Kiswahili", "Luganda", "Kikuyu", "Zulu", "Shona", "Ewe", "Fante", "Akan", "Mandinka", "Bambara",
             "Pulaar", "Soninke", "Tshiluba", "Nuer", "Dinka", "Q'anjob'al", "Kaqchikel", "Mixteco", "Zapotec",
             "Nahuatl", "Guarani", "Aymara", "Brazilian Portuguese", "Cape Verdean Portuguese",
             "sign language", "Sign Language"]
RELIGIONS = ["Catholic", "Roman Catholic", "Muslim", "Jewish", "Orthodox Jewish", "Buddhist", "Hindu", "Sikh",
             "Jain", "Baptist", "Methodist", "Pentecostal", "Evangelical", "Lutheran", "Presbyterian",
             "Episcopalian", "Anglican", "Seventh-day Adventist", "Jehovah's Witness", "Mormon", "Latter-day Saint",
             "Greek Orthodox", "Russian Orthodox", "Eastern Orthodox", "Coptic", "Ethiopian Orthodox",
             "Church of the Nazarene", "Nazarene", "Quaker", "Mennonite", "Amish", "Unitarian", "Bahai", "Baha'i",
             "Rastafarian", "Vodou", "Santeria", "Candomble", "Shia", "Sunni", "Ismaili", "Zoroastrian", "Wiccan",
             "Pagan", "atheist", "agnostic", "Christian Scientist", "Congregationalist", "Protestant", "Taoist",
             "Shinto", "Nation of Islam", "Hasidic", "born-again Christian",
             "Orthodox Christian", "Armenian Apostolic", "Maronite", "Melkite", "Chaldean Catholic",
             "Assemblies of God", "Church of God in Christ", "African Methodist Episcopal", "Southern Baptist",
             "Scientologist", "Hare Krishna", "Falun Gong", "Cao Dai", "Hoa Hao", "Ahmadi", "Sufi", "Salafi",
             "Yazidi", "Alawite", "Reform Jewish", "Conservative Jewish", "Modern Orthodox", "Haredi",
             "Messianic Jewish", "Spiritualist", "Voodoo", "Umbanda", "Animist", "LDS", "Islamic",
             "evangelical Christian", "non-denominational Christian", "Coptic Orthodox", "Syriac Orthodox",
             "Ukrainian Catholic", "Byzantine Catholic", "Apostolic", "Charismatic", "Wesleyan", "Adventist"]
NEIGHBORHOODS = ["Allston", "Brighton", "Back Bay", "Bay Village", "Beacon Hill", "Charlestown", "Chinatown",
                 "Leather District", "Dorchester", "Fields Corner", "Codman Square", "Savin Hill", "Uphams Corner",
                 "Four Corners", "Ashmont", "Adams Village", "Neponset", "Port Norfolk", "Lower Mills", "Grove Hall",
                 "Meetinghouse Hill", "Bowdoin-Geneva", "Downtown", "East Boston", "Orient Heights", "Jeffries Point",
                 "Eagle Hill", "Maverick", "Fenway", "Kenmore", "Longwood", "Hyde Park", "Readville", "Fairmount",
                 "Jamaica Plain", "Egleston", "Hyde Square", "Forest Hills", "Mattapan", "Mission Hill", "North End",
                 "Roslindale", "Roxbury", "Nubian Square", "Dudley Square", "Highland Park", "Fort Hill",
                 "South Boston", "Southie", "City Point", "Andrew Square", "South End", "West End", "West Roxbury",
                 "Brighton Center", "Oak Square", "Union Square", "Egleston Square", "Jackson Square",
                 "Roslindale Village", "Mount Hope", "Clarendon Hills", "Wellington Hill", "Franklin Field",
                 "Franklin Hill", "Columbia Point", "Harbor Point", "Dorchester Center", "Polish Triangle",
                 "Chinatown-Leather District", "Audubon Circle", "Bromley-Heath", "Lower Roxbury", "Mission Main",
                 "Cathedral", "Old Colony", "Mary Ellen McCormack", "Orchard Gardens", "Whittier Street",
                 "Charlestown Navy Yard", "Ruggles", "Lenox Street", "Franklin Field Apartments", "Heath Street",
                 "Bunker Hill", "Commonwealth", "Alice Taylor", "Archdale", "Washington Beech",
                 "Dot", "Eastie", "JP", "Rozzie", "the Fens", "Mount Bowdoin", "Dorchester Heights", "Thomas Park",
                 "Telegraph Hill", "Mattapan Square", "Cleary Square", "Roslindale Square", "Bellevue Hill",
                 "Woodbourne", "Stonybrook", "Sumner Hill", "Moss Hill", "Jamaica Hills", "Pope's Hill",
                 "Clam Point", "Villa Victoria", "Castle Square", "Academy Homes", "Downtown Crossing",
                 "Financial District", "Seaport", "Fort Point", "Kenmore Square", "West Fens", "Washington Park",
                 "Ashmont Hill", "Mildred Hailey", "Lenox-Camden", "Bowdoin Street", "Roxbury Crossing",
                 "Fenway-Kenmore", "St. Mark's", "Cedar Grove", "Mission Flats", "Germantown", "Bay Cove"]
BHA = ["Bromley-Heath", "Mission Main", "Cathedral", "Old Colony", "Mary Ellen McCormack", "Orchard Gardens",
       "Whittier Street", "Lenox Street", "Franklin Field", "Heath Street", "Alice Taylor", "Archdale",
       "Washington Beech", "Charlestown", "Mission Hill", "West Broadway", "Maverick Landing", "Franklin Hill",
       "Bunker Hill", "Ruth Barkley", "Orient Heights",
       "Mildred C. Hailey", "Lenox-Camden", "Doris Bunte", "Walnut Park", "Amory Street", "Gallivan",
       "Fairmount", "Annapolis Street", "Codman", "Holgate", "Patricia White", "Rockland Towers", "Pasciucco",
       "Torre Unidad", "Castle Square", "Academy Homes", "Orchard Park", "West Broadway", "D Street"]
CITIES = ["Chelsea", "Revere", "Everett", "Lynn", "Malden", "Somerville", "Cambridge", "Quincy", "Brockton",
          "Randolph", "Milton", "Medford", "Dedham", "Brookline", "Newton", "Winthrop", "Lawrence", "Lowell",
          "Worcester", "Framingham", "Waltham", "Salem"]
STREETS = ["Blue Hill", "Washington", "Columbia", "Dudley", "Geneva", "Centre", "Hyde Park", "River", "Morton",
           "Cummins", "Warren", "Tremont", "Dorchester", "Bennington", "Meridian", "Saratoga", "Bowdoin", "Harvard",
           "Talbot", "Norfolk", "Massachusetts", "Huntington", "Columbus", "Shawmut", "Humboldt", "Seaver",
           "Walnut", "Adams", "Hancock", "Quincy", "Intervale", "Brunswick", "Harold", "Homestead", "Glenway",
           "Wendover", "Magnolia", "Hendry", "Ceylon", "Bourneside", "Fuller", "Gallivan", "Babson", "Almont",
           "Hazelton", "Wellington Hill", "Woodrow", "Fairmount", "Truman", "Metropolitan", "Belgrade",
           "Beech", "Poplar", "Hyde", "Lamartine", "Boylston", "Amory", "Chestnut", "Commonwealth", "Brighton",
           "Cambridge", "Market", "Faneuil", "Chelsea", "Sumner", "Maverick", "Border", "Princeton", "Putnam",
           "Broadway", "Dorchester", "Old Colony", "Savin Hill", "Freeport", "Neponset", "Gibson", "Bowdoin",
           "Ruggles", "Parker", "Heath", "Mozart", "Lamont", "Cedar", "Highland", "Dale", "Georgia", "Castlegate",
           "Stanwood", "Callender", "Wayland", "Hamilton",
           "Mass", "Comm", "Dot", "Martin Luther King Jr", "Malcolm X", "Melnea Cass", "American Legion",
           "Morrissey", "VFW", "Hyde Park", "Blue Ledge", "Canterbury", "Ashmont", "Bowdoin", "Lyndhurst",
           "Spencer", "Nightingale", "Michigan", "Wales", "Lucerne", "Elm Hill", "Seaver", "Crawford"]
SUFFIXES = ["Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Terrace", "Ter", "Place", "Pl", "Way",
            "Court", "Ct", "Boulevard", "Blvd", "Parkway", "Pkwy", "Highway", "Hwy", "Square", "Circle", "Lane",
            "Park"]
ZIPS = [f"021{n:02d}" for n in range(8, 38)] + ["02163", "02199", "02203", "02210", "02215"]
RACES = ["Black", "African American", "Hispanic", "Latino", "Latina", "Latinx", "Asian", "Asian American", "White",
         "Caucasian", "Native American", "American Indian", "Alaska Native", "Pacific Islander",
         "Native Hawaiian", "Middle Eastern", "North African", "multiracial", "biracial", "mixed race",
         "Afro-Latino", "Afro-Caribbean", "West Indian", "Arab", "Indigenous", "Mestizo", "Two or More Races", "Black/African American", "White/Caucasian",
         "Asian/Pacific Islander", "AAPI", "BIPOC", "person of color", "nonwhite", "non-Hispanic white",
         "Afro-Latina", "Afro-Latinx", "multi-racial", "multiethnic", "Polynesian", "Melanesian", "Micronesian",
         "First Nations", "Alaskan Native", "brown-skinned",
         "Hispanic or Latino", "Black or African American", "MENA", "South Asian", "East Asian", "Southeast Asian"]
RACE_CODES = ["B", "H", "W", "A", "N", "P", "M", "BL", "HL", "WH", "AS", "1", "2", "3", "4", "5", "6"]
IMMIGRATION = [("TPS holder", "TPS"), ("DACA recipient", "DACA"), ("asylee", "asylee"), ("refugee", "refugee"),
               ("parolee", "parolee"), ("undocumented", "undocumented"), ("unaccompanied minor", "unaccompanied"),
               ("visa overstay", "overstay"), ("green card holder", "green card"),
               ("lawful permanent resident", "permanent resident"), ("naturalized citizen", "naturalized"),
               ("F-1 student", "F-1"), ("J-1 exchange student", "J-1"), ("H-4 dependent", "H-4"),
               ("U visa holder", "U visa"), ("T visa holder", "T visa"), ("SIJS applicant", "SIJS"),
               ("asylum seeker", "asylum"), ("humanitarian parolee", "parolee"), ("Dreamer", "Dreamer"),
               ("illegal immigrant", "illegal immigrant"), ("newly arrived immigrant", "immigrant"),
               ("permanent resident", "permanent resident"), ("non-citizen", "non-citizen"),
               ("US citizen", "citizen"), ("dual citizen", "citizen"), ("migrant", "migrant"),
               ("recent arrival", "recent arrival"), ("in removal proceedings", "removal proceedings"),
               ("out of status", "out of status"), ("CHNV parolee", "parolee"), ("TPS beneficiary", "TPS")]
IMM_FIELD = ["TPS", "DACA", "asylee", "refugee", "parolee", "undocumented", "unaccompanied minor", "visa overstay",
             "green card holder", "lawful permanent resident", "naturalized citizen", "F-1", "J-1", "H-4", "U visa",
             "T visa", "SIJS", "pending asylum", "LPR", "citizen"]
GANG_WORDS = ["gang", "crew", "set", "clique"]
GANG_NAMES = ["Castlegate", "Wendover", "Heath Street", "Lenox", "Academy Homes", "Annunciation Road", "Orchard Park",
              "Franklin Hill", "Greenwood", "Thetford", "Woodledge", "Morse Street", "Cameron Street", "Ceylon",
              "Intervale", "Homes Avenue", "Mozart Street", "Columbia Point", "Mission Hill", "Bragdon",
              "Ridgecrest", "Ashbury", "Kilmer", "Tallworth", "Brookvale", "Marlow", "Hadley", "Quarry Hill",
              "Stonecrest", "Northgate", "Ravenwood", "Blackmoor", "Sable", "Crimson", "Ironside", "Hollowell"]
ELL = ["ELL level 1", "ELL level 2", "ELL level 3", "ELL level 4", "ELL level 5", "ELL level 6", "WIDA 2.5",
       "WIDA level 3", "LEP", "SLIFE", "Former ELL", "Monitored ELL", "FLEP", "EL", "English learner",
       "ELD level 2", "ESL", "SEI", "English Language Learner"]

Template = tuple[str, str, list[str]]

# Words of a multi-word value that reveal nothing alone: the other words of the value must also be
# withheld ("Byzantine Catholic" must not leave "Byzantine").
GENERIC = {"american", "the", "of", "and", "south", "north", "east", "west", "new", "saint", "republic", "city",
           "church", "islands", "language", "sign", "people", "level", "former", "student", "holder", "minor",
           "citizen", "resident", "lawful", "permanent", "dual", "recent", "arrival", "applicant", "dependent",
           "exchange", "humanitarian", "race", "races", "more", "two", "native", "islander", "pacific", "mixed",
           "gang", "crew", "set", "clique", "street", "avenue", "road", "square", "hill", "park", "point", "heights",
           "village", "center", "corner", "corners", "district", "crossing", "lower", "upper", "mount", "port",
           "orthodox", "english", "learner", "person", "color", "native", "first", "nations", "non", "god", "christ",
           "in", "on", "at", "for", "rican"}


def words_of(value: str) -> list[str]:
    """A value and its distinctive words (four letters or more, not generic)."""
    parts = [w.strip(".,'") for w in value.replace("-", " ").replace("/", " ").split()]
    extra = [w for w in parts if len(w) >= 4 and w.lower() not in GENERIC and w.lower() != value.lower()]
    return [value, *extra]


def _pick(rng: random.Random, items: list[Any]) -> Any:
    return items[rng.randrange(len(items))]


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def sentence(rng: random.Random, cat: str) -> Template:
    """One forbidden sentence in a public-corpus template, with a swept value."""
    if cat == "national_origin":
        country = _pick(rng, list(COUNTRIES))
        t = _pick(rng, ["{P} was born in {v}.", "The student was born in {v}.", "{P} is from {v}.",
                        "The family came from {v}.", "{P} recently arrived from {v}.",
                        "{P} moved here from {v} last year.", "{P} is a native of {v}."])
        return t.replace("{v}", country), cat, words_of(country)
    if cat == "ethnicity":
        if rng.random() < 0.6:
            dem = _pick(rng, _pick(rng, list(COUNTRIES.values())) + PEOPLES)
            t = _pick(rng, ["The student is {v}.", "{P} is {v}.", "The family is {v}.", "{P} is {v} American.",
                            "The student is of {v} descent."])
            return t.replace("{v}", dem), cat, words_of(dem)
        race = _pick(rng, RACES)
        t = _pick(rng, ["The student is {v}.", "{P} is {v}.", "The student identifies as {v}."])
        return t.replace("{v}", race), cat, words_of(race)
    if cat == "language":
        lang = _pick(rng, LANGUAGES)
        t = _pick(rng, ["{P} speaks {v} at home.", "{Pp} home language is {v}.", "The family speaks {v}.",
                        "{Pp} first language is {v}.", "{P} needs a {v} interpreter.",
                        "The parents speak only {v}.", "{Pp} primary language is {v}."])
        return t.replace("{v}", lang), cat, words_of(lang)
    if cat == "religion":
        rel = _pick(rng, RELIGIONS)
        t = _pick(rng, ["The student is {v}.", "{P} is {v}.", "The family is {v}."])
        return t.replace("{v}", rel), cat, words_of(rel)
    if cat == "immigration_status":
        phrase, core = _pick(rng, IMMIGRATION)
        if phrase[:1].islower() and " " not in phrase and phrase not in ("asylee", "refugee", "parolee", "migrant"):
            return f"The student is {phrase}.", cat, [core]
        if phrase.startswith("in ") or phrase.startswith("out "):
            return f"The student is {phrase}.", cat, [core]
        t = _pick(rng, ["The student is {a} {v}.", "{P} is {a} {v}.", "Staff believe {P} is {a} {v}."])
        return t.replace("{a}", _article(phrase)).replace("{v}", phrase), cat, [core]
    if cat == "gang_affiliation":
        name, word = _pick(rng, GANG_NAMES), _pick(rng, GANG_WORDS)
        t = _pick(rng, ["Staff believe {P} is a member of the {v} {w}.", "{P} runs with the {v} {w}.",
                        "{P} is affiliated with the {v} {w}.", "{P} is associated with the {v} {w}.",
                        "Police say {P} is in the {v} {w}."])
        return t.replace("{v}", name).replace("{w}", word), cat, [name]
    # neighborhood
    kind = rng.randrange(5)
    if kind == 0:
        nb = _pick(rng, NEIGHBORHOODS)
        t = _pick(rng, ["The student lives in {v}.", "{P} lives in {v}.", "The family lives in {v}.",
                        "{P} resides in {v}.", "{P} stays with {Pp} aunt in {v}."])
        return t.replace("{v}", nb), cat, [nb]
    if kind == 1:
        city = _pick(rng, CITIES)
        t = _pick(rng, ["The student lives in {v}.", "{P} lives in {v}.", "The family lives in {v}."])
        return t.replace("{v}", city), cat, [city]
    if kind == 2:
        st, suf = _pick(rng, STREETS), _pick(rng, SUFFIXES)
        num = rng.randrange(2, 1800)
        t = _pick(rng, ["The student lives at {n} {v} {s}.", "{P} lives on {v} {s}.", "The family lives at {n} {v} {s}.",
                        "{Pp} home address is {n} {v} {s}."])
        forb = [f"{num} {st}"] if "{n}" in t else [f"{st} {suf}"]
        return t.replace("{n}", str(num)).replace("{v}", st).replace("{s}", suf), cat, forb
    if kind == 3:
        z = _pick(rng, ZIPS)
        return _pick(rng, ["The family lives in the {v} zip code.", "{Pp} zip code is {v}."]).replace("{v}", z), cat, [z]
    dev = _pick(rng, BHA)
    t = _pick(rng, ["The student lives in the {v} development.", "{P} lives in the {v} housing development.",
                    "The family lives at the {v} projects.", "{P} lives in {v} public housing."])
    return t.replace("{v}", dev), cat, [dev]


def field(rng: random.Random, key: str) -> tuple[str, str, str]:
    """(key, value, category) for one forbidden structured field."""
    if key in ("race", "ethnicity"):
        val = _pick(rng, RACES + RACE_CODES if key == "race" else RACES + [d[0] for d in COUNTRIES.values()])
        return key, val, "ethnicity"
    if key == "country_of_birth":
        return key, _pick(rng, list(COUNTRIES)), "national_origin"
    if key == "immigration_status":
        return key, _pick(rng, IMM_FIELD), "immigration_status"
    if key == "home_language":
        return key, _pick(rng, LANGUAGES), "language"
    if key == "ell_status":
        return key, _pick(rng, ELL), "language"
    if key == "religion":
        return key, _pick(rng, RELIGIONS), "religion"
    if key == "neighborhood":
        return key, _pick(rng, NEIGHBORHOODS + CITIES), "neighborhood"
    if key == "home_address":
        return key, f"{rng.randrange(2, 900)} {_pick(rng, STREETS)} {_pick(rng, SUFFIXES)}", "neighborhood"
    return key, f"{_pick(rng, GANG_NAMES)} {_pick(rng, GANG_WORDS)}", "gang_affiliation"


FIELD_KEYS = ["race", "ethnicity", "country_of_birth", "immigration_status", "home_language", "ell_status",
              "religion", "neighborhood", "home_address", "gang_affiliation"]
CATS = ["national_origin", "ethnicity", "language", "religion", "immigration_status", "gang_affiliation",
        "neighborhood"]


def _fill(t: str, he: bool, name: str) -> str:
    p, pp = ("he", "his") if he else ("she", "her")
    out = t.replace("{P}", p).replace("{Pp}", pp)
    return out[:1].upper() + out[1:]


def build(seed: int, n: int, clean: Callable[[dict[str, Any]], str] | None) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    cases: list[dict[str, Any]] = []
    for i in range(n):
        cid = f"sweep-{i:04d}"
        first = _pick(rng, COLLIDING_FIRST) if rng.random() < 0.2 else _pick(rng, FIRST)
        name = f"{first} {_pick(rng, LAST)}"
        school = _pick(rng, SCHOOLS)
        he = rng.random() < 0.5
        req: dict[str, Any] = {
            "request_id": cid, "school_id": f"BPS-{rng.randrange(1000, 9999)}",
            "recipient": _pick(rng, ["bpd", "bpd/district-b2"]),
            "incident": {"occurred_at": f"2026-0{rng.randrange(1, 10)}-{rng.randrange(10, 29)}T10:{rng.randrange(10, 59)}:00-05:00",
                         "location": f"{school}, second floor"},
            "student": {"student_id": f"S{rng.randrange(100000, 999999)}", "name": name,
                        "date_of_birth": f"2010-0{rng.randrange(1, 10)}-{rng.randrange(10, 29)}",
                        "grade": rng.randrange(6, 13), "school": school},
        }
        if rng.random() < 0.5:
            weapon, phrase, keep = _pick(rng, WEAPONS)
            req["ground"], req["weapon"] = "weapon", weapon
            base = _pick(rng, [f"During a bag check {name} was found with {phrase}.",
                               f"{name} was found with {phrase}.", f"The student was found with {phrase}."])
        else:
            keep = _pick(rng, DRUGS)
            req["ground"], req["substances"] = "drugs", [keep]
            base = _pick(rng, [f"A staff member found {keep} in the student's locker.",
                               f"{name} was found with {keep} in a backpack.", f"The student was found with {keep}."])
        cats = rng.sample(CATS, rng.randrange(1, 4))
        sents = [sentence(rng, c) for c in cats]
        keys = rng.sample(FIELD_KEYS, rng.randrange(1, 4))
        fields = [field(rng, k) for k in keys]
        req["incident"]["description"] = " ".join([base] + [_fill(s, he, name) for s, _, _ in sents]
                                                  if rng.random() < 0.6 else
                                                  [_fill(s, he, name) for s, _, _ in sents] + [base])
        for k, v, _ in fields:
            req["student"][k] = v
        req_clean = json.loads(json.dumps(req))
        req_clean["incident"]["description"] = base
        for k in keys:
            del req_clean["student"][k]
        present = (clean(req_clean) if clean else json.dumps(req_clean)).lower()
        forb: list[str] = []
        for _, _, vals in sents:
            forb += vals
        forb += [v for _, v, _ in fields if len(v) > 2]
        forb = sorted({v for v in forb if v.lower() not in present and v.lower() not in name.lower()})
        categories = sorted({c for _, c, _ in sents} | {c for _, _, c in fields})
        cases.append({"id": cid, "request": req, "expect": {
            "decision": "allow", "must_not_contain": forb, "must_contain": [name, school, keep],
            "categories": categories, "tags": ["sweep", req["ground"]], "must_contain_text": [keep]}})
    return cases


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--n", type=int, default=480)
    ap.add_argument("--out", default=str(ROOT / "tests" / "data" / "corpus" / "sweep.jsonl"))
    args = ap.parse_args()
    from tests.corpus.test_paraphrase import respond

    cases = build(args.seed, args.n, respond)
    with open(args.out, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {args.out}")


if __name__ == "__main__":
    main()
